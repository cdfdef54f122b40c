"""A news site on 127.0.0.1 for the web tests: Arabic article pages in the layout of real news
sites (tests/data/news-site/), an RSS feed pointing at them, and pages that fail.

    with NewsSite() as site:
        site.url("/news/amman-talks")          # http://127.0.0.1:PORT/news/amman-talks
        site.hits["/news/amman-talks"]         # how many requests the server answered there

Paths: ``/news/<name>`` each page of site/ ({BASE} in it becomes the site's address),
``/rss.xml`` the feed of ``site.items`` (a list the tests may change between polls),
``/missing`` 404, ``/slow`` answers after ``site.slow_seconds``, ``/logo.png`` an image,
``/flaky`` a 503 on the first request and the Amman page afterwards, ``/robots.txt``
disallowing ``/private/`` to kg.
"""
import threading
import time
from collections import Counter
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

SITE = Path(__file__).resolve().parent / "data" / "news-site"
PAGES = {p.stem: p for p in SITE.glob("*.html")}

#: the feed's items: (path or None, title, date, full content or None)
ITEMS = [
    ("/news/amman-talks", "الصفدي وفؤاد حسين يبحثان في عمان التعاون بين البلدين", datetime(2024, 2, 11, 6, 15), None),
    ("/news/mosul-arrests", "اعتقال خمسة مشتبه بهم في الموصل", datetime(2023, 10, 4, 11, 20), None),
    ("/news/benghazi-visit", "وفد أممي يصل إلى بنغازي", datetime(2022, 5, 17, 7, 45), None),
    ("/news/full-text-only", "افتتاح جسر جديد في البصرة", datetime(2024, 3, 1, 8, 0),
     "<p>افتتح محافظ البصرة أسعد العيداني يوم الجمعة جسرا جديدا يربط ضفتي شط العرب.</p>"
     "<p>وقال المحافظ إن الجسر سيخفف الازدحام في وسط المدينة.</p>"),
]


class NewsSite:
    def __init__(self, slow_seconds=3.0):
        self.hits = Counter()
        self.agents = []
        self.items = list(ITEMS)
        self.slow_seconds = slow_seconds
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                path = self.path.split("?")[0]
                site.hits[path] += 1
                site.agents.append(self.headers.get("User-Agent", ""))
                status, ctype, body = site.answer(path)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):   # the client gave up (time-out)
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path):
        return self.base + path

    def page(self, name) -> bytes:
        return PAGES[name].read_text(encoding="utf-8").replace("{BASE}", self.base).encode("utf-8")

    def feed(self) -> bytes:
        parts = ['<?xml version="1.0" encoding="utf-8"?>',
                 '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
                 f"<channel><title>أخبار المشرق - آخر الأخبار</title><link>{self.base}/</link>",
                 "<description>آخر الأخبار</description>"]
        for path, title, when, content in self.items:
            parts.append(f"<item><title>{escape(title)}</title><link>{self.base}{path}</link>"
                         f"<guid>{self.base}{path}</guid>"
                         f"<pubDate>{format_datetime(when.replace(tzinfo=timezone.utc))}</pubDate>"
                         f"<description>{escape(title)}</description>"
                         + (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else "")
                         + "</item>")
        parts.append("</channel></rss>")
        return "\n".join(parts).encode("utf-8")

    def answer(self, path):
        html = "text/html; charset=utf-8"
        if path == "/robots.txt":
            return 200, "text/plain", b"User-agent: kg\nDisallow: /private/\n\nUser-agent: *\nDisallow:\n"
        if path == "/rss.xml":
            return 200, "application/rss+xml; charset=utf-8", self.feed()
        if path.startswith("/news/") and path[6:] in PAGES:
            return 200, html, self.page(path[6:])
        if path == "/news/amman-copy":                   # the same story under another URL
            return 200, html, self.page("amman-talks")
        if path == "/slow":
            time.sleep(self.slow_seconds)
            return 200, html, self.page("amman-talks")
        if path == "/logo.png":
            return 200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)
        if path == "/flaky":
            return (503, "text/plain", b"busy") if self.hits[path] == 1 else (200, html, self.page("amman-talks"))
        return 404, html, "<html><body><h1>الصفحة غير موجودة</h1></body></html>".encode("utf-8")

    def __enter__(self):
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
