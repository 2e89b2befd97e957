"""Tax codes (mã số thuế): validated by python-stdnum, stored compact, duplicates named."""
import pytest

from directory.services.enterprises import check_tax_code
from directory.services.errors import DomainError


@pytest.mark.parametrize("typed, stored", [
    ("0100233488", "0100233488"), ("01.00.112.437", "0100112437"), ("0314409058-002", "0314409058002"),
    ("0312 68 78 78 - 001", "0312687878001"), ("2000102580", "2000102580"), ("8037630690", "8037630690"),
])
def test_valid_tax_codes_are_stored_compact(db, typed, stored):
    assert check_tax_code(typed) == stored


@pytest.mark.parametrize("typed", ["0100233480", "0100000008", "0314409058-000", "12345", "VV34567890",
                                   "", "0100233488😀", "0" * 5000])
def test_invalid_tax_codes_are_refused_with_a_message(db, typed):
    with pytest.raises(DomainError, match="Mã số thuế không hợp lệ"):
        check_tax_code(typed)


def test_a_registered_tax_code_is_refused_naming_its_holder(world):
    with pytest.raises(DomainError, match=world["a"].legal_name):
        check_tax_code(world["a"].tax_code_display)
