"""Find the site's pages by following links, one page per endpoint, as a given user."""
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

from werkzeug.exceptions import HTTPException

SKIP_PREFIXES = ("/static/", "/uploads/")


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def crawl(app, client, start: str = "/", limit: int = 80) -> dict[str, tuple[str, str]]:
    """endpoint -> (url, html) of the first HTML page found for each endpoint."""
    adapter = app.url_map.bind("localhost")
    found: dict[str, tuple[str, str]] = {}
    queue, seen = [start], {start}
    while queue and len(found) < limit:
        url = queue.pop(0)
        try:
            endpoint, _args = adapter.match(urlsplit(url).path, method="GET")
        except HTTPException:
            continue
        if endpoint in found:
            continue
        response = client.get(url)
        location = response.headers.get("Location", "")
        if response.status_code in (301, 302) and location.startswith("/") and location not in seen:
            seen.add(location)  # a landing page that sends each role on (/reports/ to its committee)
            queue.append(location)
        if response.status_code != 200 or response.mimetype != "text/html":
            continue
        html = response.get_data(as_text=True)
        found[endpoint] = (url, html)
        parser = _Links()
        parser.feed(html)
        for href in parser.hrefs:
            href = urldefrag(href)[0]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not href.startswith("/") or href.startswith(SKIP_PREFIXES):
                continue
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return found
