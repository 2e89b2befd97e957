"""Command-line commands: `flask demo load`, and the groups of other areas."""
import click
from flask import Flask


def register_commands(app: Flask) -> None:
    from .demo.loader import demo
    from .linkage.cli import linkage

    app.cli.add_command(demo)
    app.cli.add_command(linkage)
