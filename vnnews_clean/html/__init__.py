"""HTML input: find the article in a saved page or crawled response, then clean it like text.

>>> from vnnews_clean import clean_html
>>> page = ("<html><body><nav><a href='/'>Trang chủ</a> <a href='/tt'>Thời sự</a></nav>"
...         "<h1>Hà Nội mở thêm tuyến buýt</h1><div class='detail'>"
...         "<p>Từ tháng sau, người dân Thủ đô sẽ có thêm một tuyến xe buýt nối hai quận.</p>"
...         "<p>Tuyến mới dài 20 km, chạy từ 5 giờ sáng đến 10 giờ tối mỗi ngày.</p></div></body></html>")
>>> print(clean_html(page))
Hà Nội mở thêm tuyến buýt
Từ tháng sau, người dân Thủ đô sẽ có thêm một tuyến xe buýt nối hai quận.
Tuyến mới dài 20 km, chạy từ 5 giờ sáng đến 10 giờ tối mỗi ngày.
"""

from .api import clean_html, clean_html_document
from .decode import declared_encoding, decode_html
from .detect import looks_like_markup
from .dom import NotHtmlError
from .extract import ExtractedPage, extract_article

__all__ = [
    "ExtractedPage",
    "NotHtmlError",
    "clean_html",
    "clean_html_document",
    "declared_encoding",
    "decode_html",
    "extract_article",
    "looks_like_markup",
]
