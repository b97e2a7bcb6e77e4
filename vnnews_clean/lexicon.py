"""Word lists and line patterns that recognise news-site furniture.

Everything a cleaner matches by *wording* lives here, as data, so that adding a
heading or a navigation phrase never means touching cleaning logic. Phrases are
written lower-case in the common ("old") tone style; lines are compared through
:func:`vnnews_clean.lines.shapes.line_key`, which folds case, tone style and the
punctuation around a heading, so "TIN LIÊN QUAN:" and "Tin liên quan" match.

Wording alone never removes body text: cleaners combine these lists with the
shape of a line (whole line, length, punctuation) and its neighbours.
"""

from __future__ import annotations

import re

# Headings that open a block of links to other articles. A line must be exactly
# one of these (after line_key) to open a block.
RELATED_HEADINGS: frozenset[str] = frozenset(
    {
        "có thể bạn quan tâm",
        "bạn có thể quan tâm",
        "có thể bạn muốn xem",
        "có thể bạn chưa đọc",
        "nên xem",
        "đừng bỏ lỡ",
        "tin khác",
        "các tin khác",
        "tin bài khác",
        "bài viết khác",
        "tin liên quan",
        "tin bài liên quan",
        "các tin liên quan",
        "tin tức liên quan",
        "bài liên quan",
        "bài viết liên quan",
        "các bài liên quan",
        "các bài viết liên quan",
        "tin cùng chuyên mục",
        "bài cùng chuyên mục",
        "cùng chuyên mục",
        "tin cùng chủ đề",
        "bài viết cùng chủ đề",
        "cùng chủ đề",
        "tin cùng loại",
        "đọc thêm",
        "bài đọc thêm",  # (a blog's related posts, Blogger's Vietnamese themes)
        "xem thêm",
        "xem tiếp",
        "đọc tiếp",
        "xem nhiều",
        "xem nhiều nhất",
        "tin xem nhiều",
        "đọc nhiều",
        "đọc nhiều nhất",
        "tin đọc nhiều",
        "bài đọc nhiều",
        "tin mới",
        "tin mới nhất",
        "mới nhất",
        "tin mới hơn",
        "tin cũ hơn",
        "tin nổi bật",
        "tin tiêu điểm",
        "tiêu điểm",
        "tin hot",
        "video liên quan",
    }
)

# Whole lines that are site navigation, share bars, comment prompts or footers.
NAVIGATION_LINES: frozenset[str] = frozenset(
    {
        "phiên bản di động",
        "phiên bản máy tính",
        "xem phiên bản đầy đủ",
        "về đầu trang",
        "lên đầu trang",
        "trở về đầu trang",
        "trang chủ",
        "quay lại",
        "trở lại",
        "in bài",
        "in bài viết",
        "bản in",
        "gửi bài",
        "gửi bài viết",
        "lưu bài",
        "lưu bài viết",
        "báo lỗi",
        "chia sẻ",
        "chia sẻ bài viết",
        # an English share box's label, as WordPress themes (Jetpack's "Share this:") print it on Vietnamese sites
        "share",
        "share this",
        "sao chép liên kết",
        "sao chép link",
        "copy link",
        "bình luận",
        "gửi bình luận",
        "viết bình luận",
        "bình luận của bạn",
        "ý kiến của bạn",
        "ý kiến bạn đọc",
        "gửi ý kiến",
        "hãy là người đầu tiên bình luận",
        "đăng nhập",
        "đăng ký",
        "liên hệ quảng cáo",
        "quảng cáo",
        "tải ứng dụng",
        "theo dõi chúng tôi",
        "tìm kiếm",
        "trang trước",
        "trang sau",
        "trang tiếp",
        "menu",
        "top",
    }
)

# Whole lines that are a page's own controls and messages, not article text: font size buttons, a
# table of contents' heading, a video box's label, a save button's message.
# The controls of a web video player, as video.js prints them in Vietnamese (its vi translation) or in English
# (and the ad players embedded in articles: "Ads by", "Skip"), and a page dumped as text keeps them, one per
# line, in the middle of the article. One alone may be a word of the text ("Phát", "Xong"): only a run of them
# is the player (`cleaners.navigation`, PLAYER_MIN_CONTROLS).
MEDIA_PLAYER_LINES: frozenset[str] = frozenset(
    {
        "trình phát video is loading",
        "video player is loading",
        "seek to live, currently behind live",
        "phát",
        "phát video",
        "tạm dừng",
        "bật âm thanh",
        "tắt tiếng",
        "thời gian hiện tại",
        "thời gian còn lại",
        "độ dài",
        "đã tải",
        "toàn màn hình",
        "thoát chế độ toàn màn hình",
        "cài đặt",
        "kiểu stream",
        "trực tiếp",
        "this is a modal window",
        "bắt đầu cửa sổ hộp thoại. esc sẽ thoát và đóng cửa sổ",
        "kết thúc cửa sổ hộp thoại",
        "đóng cửa sổ",
        "văn bản",
        "nền",
        "cửa sổ",
        "kích cỡ phông chữ",
        "dạng viền văn bản",
        "phông chữ",
        "đặt lại",
        "khôi phục lại tất cả các cài đặt về giá trị mặc định",
        "xong",
        # its settings menu (speed, quality), in Vietnamese and as the English players print it
        "tốc độ phát",
        "chất lượng",
        "tự động",
        "tự động, đã chọn",
        "bình thường",
        "bình thường, đã chọn",
        "play",
        "pause",
        "mute",
        "unmute",
        "fullscreen",
        "exit fullscreen",
        "playback speed",
        "quality",
        "auto",
        "normal",
        "1x normal",
        "settings",
        "subtitles",
        "captions",
        "current time",
        "duration",
        "remaining time",
        "stream type",
        "live",
        "close modal dialog",
        "skip",
        "skip ad",
        "ads by",
        "advertisement",
        "back",
        "next",
        "stay",
        *(f"{height}p" for height in (144, 240, 360, 480, 720, 1080)),
        *(f"{speed}x" for speed in ("0.25", "0.5", "0.75", "1", "1.25", "1.5", "1.75", "2")),
    }
)
UI_LINES: frozenset[str] = frozenset(
    {
        "a a",
        "a- a+",
        "a+ a-",
        "a- a a+",
        "cỡ chữ",
        "mục lục",
        "nội dung chính",
        "xem nhanh",
        "video đề xuất",
        "video đang hot",
        "video hot",
        "video nổi bật",
        "nghe bài viết",
        "nghe đọc bài",
        "đọc bài viết",
        "lưu bài viết thành công",
        "bạn có thể xem lại bài viết đã lưu ở trang",
        "tin bài đã lưu",
        # a text-to-speech reader's voices
        "nam miền bắc",
        "nữ miền bắc",
        "nam miền nam",
        "nữ miền nam",
        "giọng nam miền bắc",
        "giọng nữ miền bắc",
        "giọng nam miền nam",
        "giọng nữ miền nam",
        "rate this post",  # WordPress's rating box under the article (its stars are no text)
        "admin",  # a CMS account's name where a byline would be (WordPress's default accounts)
        "administrator",
        "hủy gửi",  # a comment form's two buttons (Cancel, Send), which read as a name
        "xem video",  # a video's label alone, where the page had the player ("XEM CLIP:")
        "xem clip",
        "đóng kênh chia sẻ",  # the button that closes a share panel (BBC Tiếng Việt)
        "browser not support iframe",  # an embedded video's fallback text where the player was (vietnamnet)
        "rồi chưa",  # a feedback box's two buttons under "Bài viết đã giải quyết được vấn đề của bạn chưa?"
    }
)

# Tokens of a share bar; a line made only of these (and at least two of them,
# or one that is unambiguous) is a share bar.
SHARE_TOKENS: frozenset[str] = frozenset(
    {
        "facebook",
        "twitter",
        "zalo",
        "email",
        "e-mail",
        "gmail",
        "linkedin",
        "pinterest",
        "telegram",
        "messenger",
        "tweet",
        "share",
        "like",
        "print",
        "in",
        "chia",
        "sẻ",
        "copy",
        "link",
        "sao",
        "chép",
        "liên",
        "kết",
        "lưu",
        "gửi",
        "bài",
        "|",
        "-",
        "0",
    }
)
SHARE_UNAMBIGUOUS: frozenset[str] = frozenset(
    {"facebook", "twitter", "zalo", "linkedin", "pinterest", "telegram", "messenger", "tweet"}
)

# "Tags: a, b, c" and friends: a label, a colon, then a list.
TAG_LABELS: tuple[str, ...] = ("tags", "tag", "từ khóa", "từ khoá", "chủ đề", "keywords", "keyword")
# The same labels as a heading of their own, the list on the next line ("## Thẻ", "Tags", "Từ khóa"), as page
# dumps in Markdown print them ("chủ đề" alone is as often an article's sub-heading: it needs its colon).
TAG_HEADINGS: frozenset[str] = frozenset({"tags", "tag", "thẻ", "từ khóa", "từ khoá", "keywords", "keyword"})
# A story's event stream, a label with its colon over the event's name on the next line ("Dòng sự kiện:" /
# "Tiến tới Đại hội Đảng bộ TP.HCM", "Sự kiện:" / "Chuyện của sao"), read outside the article's body only: in it
# "Sự kiện:" may label an event's name among its time and place.
EVENT_HEADINGS: frozenset[str] = frozenset({"sự kiện", "dòng sự kiện"})

# Footer lines: start with one of these (compared case-folded). "Giấy phép" and "Bản quyền" open
# article sentences and sub-headings as often ("Giấy phép lái xe quốc tế", "Bản quyền truyền hình
# World Cup ..."): they start a footer only as FOOTER_LICENCE reads them.
FOOTER_PREFIXES: tuple[str, ...] = (
    "©",
    "(c) ",
    "copyright",
    "tổng biên tập:",
    "ghi rõ nguồn",
    "cấm sao chép",
)
# A licence or copyright notice: "Giấy phép số 561/GP-BTTTT ...", "Giấy phép hoạt động báo điện tử ... Số
# 45/GP-BTTTT", "Bản quyền © 2024 ...", "Bản quyền 2024 thuộc ...", "Bản quyền thuộc về Báo Tuổi Trẻ".
FOOTER_LICENCE = re.compile(
    r"(?:giấy phép|bản quyền)\b[^\n]{0,120}?(?:\d\s*/\s*GP|GP-|©|\(c\))"
    r"|bản quyền\s+(?:(?:19|20)\d\d\b|thuộc\s+về\s+(?:báo|tạp\s+chí|công\s+ty|website|trang|cơ\s+quan))",
    re.IGNORECASE,
)

# The path of a site's page about one of its writers, which a byline's name links to in a page dumped as markdown
# ("[ĐAN THUẦN](https://tuoitre.vn/tac-gia/dan-thuan-39174.htm)": tuoitre, vietnamnet, dantri write the Vietnamese
# words, WordPress sites the English one).
AUTHOR_PAGE_PATHS: tuple[str, ...] = ("/tac-gia/", "/author/")

# Labels that introduce an inline link to another article ("Xem thêm: <title>").
INLINE_LINK_LABELS: tuple[str, ...] = (
    "xem thêm",
    "đọc thêm",
    "xem tiếp",
    "mời xem",
    "mời xem thêm",
    "mời đọc thêm",
    "tin liên quan",
    "bài liên quan",
    "tin nên đọc",
    "xem video",
    "xem clip",
    "video",
    "clip",
)
# Of those, the labels of a video set in the article: what follows is the video's caption (any short text, a
# colon at its end too: "Xem clip: Ông X trả lời về diễn biến sau bão:"), or nothing (the label alone).
VIDEO_LINK_LABELS: frozenset[str] = frozenset({"xem video", "xem clip", "video", "clip"})
# Of those, the ones a video's article opens its title with ("CLIP: Ca sĩ … từ khi nào?"); "Xem clip:" asks the
# reader to watch one set in the text.
VIDEO_TITLE_LABELS: frozenset[str] = frozenset({"video", "clip"})
# Markers that introduce an inline link without a label (also after a label: "Xem thêm >> ...").
INLINE_LINK_MARKERS: tuple[str, ...] = (">>", "> >", "»", "→", "►", "▶")
# A marker that also quotes text ("> ..."): it introduces a link only before a headline.
INLINE_LINK_WEAK_MARKERS: tuple[str, ...] = (">",)

# Image placeholders left by scrapers.
IMAGE_WORDS: frozenset[str] = frozenset(
    {"img", "image", "images", "jpg", "jpeg", "png", "gif", "webp", "dsc", "dscf", "photo", "pic", "thumb", "anh"}
)
# What a page's editor prints where a picture's caption was left empty: "Chú thích ảnh" alone (the VCCorp sites' and
# TTXVN's editors), no caption's words.
EMPTY_CAPTION = re.compile(r"^\s*chú thích ảnh\s*[.:]?\s*$", re.IGNORECASE)
IMAGE_CREDIT = re.compile(
    r"^[(\[]?\s*(?:ảnh|hình|hình ảnh|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|photo|video|clip|đồ họa|đồ hoạ)"
    r"(?:\s*(?:và|,|&|\+|/)\s*(?:ảnh|video|clip|đồ họa|đồ hoạ))?"
    r"(?:\s*:[^\n]{0,80}|\s+minh\s+h[oọ]ạ?\.?|\s*)(?:[)\]]\.?)?\s*$",
    re.IGNORECASE,
)

# Tag names whose markup counts as residue when it survives into text.
HTML_TAGS: frozenset[str] = frozenset(
    """a abbr article aside b big blockquote body br button caption center cite code col
    colgroup dd div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 h6
    head header hr html i iframe img input ins label li link main meta nav noscript ol p
    picture pre q s script section small source span strike strong style sub sup svg
    table tbody td tfoot th thead time title tr tt u ul video""".split()
)

# --- Image captions and photo credits (issue 7, captions) ----------------------------------------

# A credit in brackets that names who gave the photo, without a colon: "(Ảnh do nhân vật cung cấp)",
# "(Ảnh do gia đình cung cấp)": the credit label, this word, a giver of a few words, then the closing verb.
CREDIT_GIVEN_BY = "do"
CREDIT_GIVEN = ("cung", "cấp")
_GIVEN = r"\s+".join(CREDIT_GIVEN)
# A line that only stands for an image: "[Ảnh]", "(Hình)", "[Photo]".
IMAGE_BRACKET_MARKER = re.compile(
    r"^[\[(]\s*(?:ảnh|hình|hình ảnh|image|photo|video|clip)\s*[\])]$",
    re.IGNORECASE,
)
# A bare URL of an image: an image file extension or an image folder in the path.
IMAGE_URL = re.compile(
    r"^(?:https?:)?//\S{1,2000}?(?:\.(?:jpe?g|png|gif|webp|bmp|svg|avif)(?:[?#]\S*)?"
    r"|/(?:images?|img|photos?|thumbs?|uploads?)/\S*)$",
    re.IGNORECASE,
)
# Words that make a line a sentence said to the reader, never a picture's caption: the copula, the particles that
# close spoken sentences ("(Số nguyên liệu này đủ cho 10 thỏi son các bạn nhé)", "(Lôi Phong là một thanh niên ...)")
# and a condition's "nếu" ("(Nếu quý khách dùng bữa tối hải sản, phụ thu 150.000đ/khách)", a price's terms); a caption
# names what the picture shows ("(Trụ sở chính của G42 Medications Trading LLC).").
CLAUSE_WORDS: frozenset[str] = frozenset({"là", "nhé", "nhá", "nha", "nhỉ", "ạ", "nếu"})
# A note of the writer or the editor in brackets, no caption: it points at the text itself ("này": "(Danh sách này
# không xếp theo thứ tự)") or cites it ("trích": "(Trích từ cuốn hồi ký …)", "… được trích lại trong …"), or opens
# as a note, an aside of time or a form's instruction does ("(Lưu ý: …)", "(Khi ấy ông mới 18 tuổi).",
# "(Đối với hộ kinh doanh)"); a caption names what the picture shows.
NOTE_WORDS: frozenset[str] = frozenset({"này", "trích"})
NOTE_OPENERS: tuple[str, ...] = (
    "lưu ý",
    "chú ý",
    "ghi chú",
    "khi ",
    "sau khi",
    "trước khi",
    "sau này",
    "đối với",
    "dành cho",
)
# Agencies and sources a photo is credited to, whose name ends the credit: "(Ảnh internet)", "(Ảnh Reuters)" need no
# colon, and in a flattened text "Ảnh: Reuters Một người phụ nữ ..." goes on with a sentence after the name.
PHOTO_AGENCIES: tuple[str, ...] = (
    "internet",
    "reuters",
    "afp",
    "ap",
    "epa",
    "getty",
    "getty images",
    "xinhua",
    "ttxvn",
    "shutterstock",
    "bloomberg",
)
_PHOTO_AGENCY = "|".join(re.escape(agency).replace("\\ ", r"\s+") for agency in PHOTO_AGENCIES)
# A photo credit at the end of a caption line: "... Ảnh: Ngọc Thắng", "... - Ảnh: Reuters",
# "... (Ảnh: TTXVN).", "... (nguồn ảnh: x.vn)". The credit word is capitalised or inside
# parentheses, so "nam diễn viên điện ảnh: T.O.P" is not one.
CAPTION_CREDIT_TAIL = re.compile(
    r"(?:^|\s)(?:\(\s*(?i:nguồn\s+ảnh|ảnh|hình|hình\s+ảnh|photo|video|clip|đồ\s+h(?:ọa|oạ)|ảnh\s+minh\s+h(?:ọa|oạ))"
    r"\s*(?::[^()\n]{0,60})?\)"
    r"|(?:Nguồn\s+ảnh|Ảnh|Hình|Hình\s+ảnh|Photo|Video|Clip|Đồ\s+h(?:ọa|oạ)|Ảnh\s+minh\s+h(?:ọa|oạ))\s*:[^:\n]{0,60}"
    r"|Ảnh\s+minh\s+h(?:ọa|oạ)|Ảnh\s+chụp\s+màn\s+hình"
    rf"|\(\s*(?i:ảnh|hình|clip|video)\s+{CREDIT_GIVEN_BY}\s+[^()\n]{{1,40}}?\s+{_GIVEN}\s*\)"
    rf"|\(\s*(?i:ảnh|hình)\s+(?i:{_PHOTO_AGENCY})\s*\))"
    r"\s*[.)]?\s*$"
)
# Labels that open a caption line: "Chú thích ảnh: ...".
# "Chú thích ảnh: ...", and the label a page prints for screen readers before a caption, without a colon
# ("Image caption Ông Key nói …", BBC's pages in every language).
CAPTION_LABEL = re.compile(r"^(?:(?:chú thích ảnh|chú thích|caption)\s*:|image caption\s)\s*\S", re.IGNORECASE)
# The same label before a photo's credit: "Image copyright Reuters", "Bản quyền hình ảnh Getty Images".
CREDIT_LABEL = re.compile(r"^(?:image copyright|image source|bản quyền hình ảnh)\s+\S", re.IGNORECASE)

# --- Bylines, credits and agency tags (issue 7, bylines) ------------------------------------------

# The roles a credit labels who wrote the text by: "Bài: Minh Anh", "Nhóm PV:", "Tác giả: Kylie", "Nội dung: X"
# (in a credits line naming each contributor, "Bài: Ngọc Thùy - Ảnh: Xuân Hiếu - Thiết kế: Hoàng Sơn", as long-form
# and e-magazine articles close, the author).
BYLINE_ROLES: tuple[str, ...] = (
    "bài",
    "tin",
    "bài viết",
    "nội dung",
    "thực hiện",
    "ghi chép",
    "ghi",
    "nhóm phóng viên",
    "nhóm pv",
    "phóng viên",
    "pv",
    "ctv",
    "tác giả",
)
# Labels in front of a byline name: "Bài và ảnh: Minh Anh", "Tin, ảnh: Thu Hà", "Nhóm PV:".
BYLINE_LABEL = re.compile(
    rf"^(?:(?:{'|'.join(sorted(BYLINE_ROLES, key=len, reverse=True))})"
    r"(?:\s*(?:và|,|&|\+|/)\s*(?:ảnh|clip|video|đồ họa|đồ hoạ))?)\s*:\s*",
    re.IGNORECASE,
)
# The other roles of a credits line naming each contributor (photos, design, video): not the author.
CREDIT_OTHER_ROLES: frozenset[str] = frozenset(
    {
        "ảnh",
        "clip",
        "video",
        "đồ họa",
        "đồ hoạ",
        "thiết kế",
        "trình bày",
        "dựng phim",
        "quay phim",
        "biên tập",
        "kỹ thuật",
        "minh họa",
        "minh hoạ",
        "infographic",
    }
)
# Short forms newsrooms sign with instead of a name (compared case-folded).
BYLINE_SIGNATURES: frozenset[str] = frozenset(
    {"pv", "p.v", "ctv", "btv", "nhóm pv", "nhóm phóng viên", "phóng viên", "nhóm ctv", "pv-ctv", "pv - ctv"}
)
# What follows a name to say the piece was compiled: "Minh Anh (t/h)", "Hồng Duy tổng hợp".
BYLINE_COMPILED = re.compile(
    r"(?:\s*\(\s*(?:t/h|th|tổng hợp|tổng hợp từ[^()]{0,40})\s*\)|\s+tổng hợp\.?)\s*$", re.IGNORECASE
)
# A closing credit of the source: "Theo TTXVN", "(Theo VnExpress)", "Nguồn: VOV", "Nguồn tin: X".
CLOSING_CREDIT = re.compile(
    r"^\(?\s*(?:theo|nguồn(?:\s+tin)?|nguồn\s+bài|trích\s+theo)\s*:?\s+(?P<source>[^()\n]{1,60}?)\s*\)?\s*\.?$",
    re.IGNORECASE,
)
# A site's host as pages print it in place of a name ("dantri.com.vn", "www.baomoi.com", "VTV.VN"): in a title's
# suffix, in an author field.
SITE_HOST = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info|gov|edu)(?:\.vn)?", re.IGNORECASE)
# A credit that names its source by a link, as reposting sites print it: "Nguồn: https://…",
# "(Theo https://…)", printed twice by some templates ("Nguồn: http://…htmNguồn: http://…").
CREDIT_URL = re.compile(
    r"^\(?\s*(?:theo|nguồn(?:\s+tin|\s+bài(?:\s+viết)?)?|link\s+bài\s+gốc)\s*:?\s*(?P<url>https?://[^\s/]+\S*?)"
    r"(?:(?:nguồn|theo)\s*:?\s*https?://\S+)*\s*\)?$",
    re.IGNORECASE,
)
# A note that the piece was printed first elsewhere: "Bài viết đã đăng trên báo Bưu điện Việt Nam số 70 ra ngày
# 13/6/2011", "(Bài đăng trên Tạp chí Tia Sáng số 5)": a credit of its source.
CREDIT_PRINTED_IN = re.compile(
    r"^\(?\s*(?:bài|bài viết|bài báo)\s+(?:đã\s+)?(?:được\s+)?(?:đăng|in|xuất bản)\s+(?:trên|tại)\s+"
    r"(?P<source>(?:báo|tạp chí|ấn phẩm|đặc san|tuần báo|nhật báo)\s+[^()\n]{1,80}?)\s*\)?\.?$",
    re.IGNORECASE,
)
# A credit saying who made the text or the pictures: "Bài và ảnh do Minh Anh thực hiện", "Clip do X thực hiện",
# "*Món ăn và hình ảnh do Fb Phạm Thanh Huệ thực hiện" (a recipe's), "Ảnh do nhân vật cung cấp"; the name is an author
# when the text is among what was made ("bài", "nội dung").
_MADE = r"(?:bài|bài viết|nội dung|ảnh|hình|hình ảnh|video|clip|món ăn|thiết kế|đồ họa|đồ hoạ)"
_MADE_BY = (
    rf"[*(]?\s*(?P<what>{_MADE}(?:\s*(?:,|và)\s*{_MADE})*)"
    rf"\s+{CREDIT_GIVEN_BY}\s+(?P<name>[^()\n]{{2,40}}?)\s+(?:thực\s+hiện|{_GIVEN})"
)
CREDIT_MADE_BY = re.compile(rf"^{_MADE_BY}\s*\)?\.?$", re.IGNORECASE)
# The same credit inside a flattened page, the next sentence glued on ("... do Fb Phạm Thanh Huệ thực hiện
# Thịt lợn là ..."): it ends a piece where its first word is capitalised.
CREDIT_MADE_BY_IN = re.compile(rf"(?<!\S){_MADE_BY}\)?", re.IGNORECASE)
# Nouns that name a kind of outlet before its name in a credit: "Theo báo Lao Động".
MEDIA_NOUNS: tuple[str, ...] = ("báo ", "tạp chí ", "trang ", "đài ", "kênh ", "hãng tin ", "thông tấn xã ", "tờ ")
# Vietnam's provinces and centrally run cities (the 63 of 2008–2025, as news still names them) and a few
# cities: a dateline's place printed on its own line above the lead ("Quảng Ngãi", "TP HCM"), which reads
# like a name but is no author. Written lower-case, in both tone styles.
PROVINCES: frozenset[str] = frozenset(
    {
        "an giang",
        "bà rịa - vũng tàu",
        "bà rịa-vũng tàu",
        "bắc giang",
        "bắc kạn",
        "bạc liêu",
        "bắc ninh",
        "bến tre",
        "bình định",
        "bình dương",
        "bình phước",
        "bình thuận",
        "cà mau",
        "cần thơ",
        "cao bằng",
        "đà nẵng",
        "đắk lắk",
        "đắk nông",
        "điện biên",
        "đồng nai",
        "đồng tháp",
        "gia lai",
        "hà giang",
        "hà nam",
        "hà nội",
        "hà tĩnh",
        "hải dương",
        "hải phòng",
        "hậu giang",
        "hòa bình",
        "hoà bình",
        "hưng yên",
        "khánh hòa",
        "khánh hoà",
        "kiên giang",
        "kon tum",
        "lai châu",
        "lâm đồng",
        "lạng sơn",
        "lào cai",
        "long an",
        "nam định",
        "nghệ an",
        "ninh bình",
        "ninh thuận",
        "phú thọ",
        "phú yên",
        "quảng bình",
        "quảng nam",
        "quảng ngãi",
        "quảng ninh",
        "quảng trị",
        "sóc trăng",
        "sơn la",
        "tây ninh",
        "thái bình",
        "thái nguyên",
        "thanh hóa",
        "thanh hoá",
        "thừa thiên - huế",
        "thừa thiên huế",
        "tiền giang",
        "tp hcm",
        "tp. hcm",
        "tphcm",
        "tp hồ chí minh",
        "thành phố hồ chí minh",
        "trà vinh",
        "tuyên quang",
        "vĩnh long",
        "vĩnh phúc",
        "yên bái",
        "huế",
        "sài gòn",
        "nha trang",
        "đà lạt",
        "vũng tàu",
        "hạ long",
        "phú quốc",
        "quy nhơn",
        "buôn ma thuột",
        "pleiku",
        "biên hòa",
        "biên hoà",
    }
)
# Countries and regions as Vietnamese news names them in a dateline (VnExpress prints the place before its lead,
# glued on in a crawl: "MỹTổng thống …", "Trung QuốcCơ quan …"). Written lower-case.
COUNTRIES: frozenset[str] = frozenset(
    "|".join(
        [
            "mỹ|nga|trung quốc|nhật bản|hàn quốc|triều tiên|anh|pháp|đức|ý|italy|tây ban nha|bồ đào nha|hà lan|bỉ",
            "thụy sĩ|thụy điển|na uy|phần lan|đan mạch|ba lan|ukraine|belarus|thổ nhĩ kỳ|hy lạp|israel|gaza|iran",
            "iraq|syria|liban|saudi arabia|ả rập xê út|qatar|uae|ai cập|ấn độ|pakistan|afghanistan|bangladesh",
            "thái lan|lào|campuchia|myanmar|malaysia|singapore|indonesia|philippines|đài loan|hong kong|hồng kông",
            "australia|úc|new zealand|canada|mexico|brazil|argentina|chile|colombia|venezuela|cuba|nam phi",
            "nigeria|kenya|châu âu|châu á|châu phi|trung đông|mỹ latinh",
        ]
    ).split("|")
)
# A byline that gives the author's degree or profession before the name and their position after it, the
# signature of an expert's column: "TS. Linh Phùng (Chủ nhiệm chương trình tiếng Anh …, Đại học Chatham, Mỹ)",
# "Luật sư Trần Minh Hải (Đoàn Luật sư TP HCM)".
_DEGREE = r"(?:GS|PGS|TS|ThS|BS|BSCKI|BSCKII|CKI|CKII|KTS|LS|DS)"
CREDIT_TITLED_NAME = re.compile(
    rf"^(?:{_DEGREE}(?:\.\s?{_DEGREE})*\.?|Luật sư|Thạc sĩ|Tiến sĩ|Bác sĩ|Dược sĩ|Kiến trúc sư|Nhà báo|Nhà văn"
    r"|Giáo sư|Phó giáo sư)\s+(?P<name>[^()\n]{3,40}?)\s*(?:\((?P<role>[^()\n]{3,150})\))?\.?$"
)
# An e-mail address, as a byline or a contact's field gives one.
_EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
EMAIL_ADDRESS = re.compile(_EMAIL_ADDRESS)
# A byline with the author's e-mail address: "Phước Huỳnh | thphuc.prj@gmail.com", "Minh Anh (minhanh@tuoitre.vn)".
CREDIT_WITH_EMAIL = re.compile(
    rf"^(?P<name>[^|()@\n]{{2,50}}?)\s*(?:[|,:–—-]\s*|\(\s*)(?:e-?mail\s*:\s*)?{_EMAIL_ADDRESS}\s*\)?\.?$",
    re.IGNORECASE,
)
# A credit whose source was a link the scrape emptied: "Nguồn: [Link nguồn]", "Theo [link]".
CREDIT_LINK_PLACEHOLDER = re.compile(r"^(?:nguồn|theo)\s*:?\s*\[[^\]\n]{1,40}\]\.?$", re.IGNORECASE)
# An agency tag in parentheses at the end of a byline: "Thu Hà (TTXVN)", "Minh Anh (Theo VOV)".
BYLINE_AGENCY_TAIL = re.compile(r"\s*\(\s*(?:(?i:theo)\s+)?(?P<source>[^()\n]{2,40}?)\s*\)\s*$")
# Elements whose content is code, never text: a line opening one ("<script ...>")
# up to the line closing it is dropped whole.
HTML_CODE_ELEMENTS: tuple[str, ...] = ("script", "style")
# How a whole HTML page given as text starts: a document type or the page's
# own elements, each at the start of a line.
HTML_PAGE_MARKERS: tuple[str, ...] = ("<!doctype html", "<html", "<head", "<body")
# A page's head sits in its first lines; looking further would cost a scan of every document.
HTML_PAGE_MARKER_LINES = 20

# --- Dates and times (used by vnnews_clean.dates) -----------------------------
# Written as regex fragments, matched case-insensitively on NFC text.

# "Thứ Hai", "thứ 2", "Thứ bảy", "Chủ nhật", "CN", "T2".
DATE_WEEKDAYS = r"th[ứu]\s*(?:hai|ba|b[ốo]n|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y|b[ẩa]y|[2-7])|ch[ủu]\s*nh[ậa]t|cn|t[2-7]"
# Units of "3 giờ trước", "5 phút trước".
DATE_RELATIVE_UNITS = r"gi[âa]y|ph[úu]t|gi[ờo]|ti[ếe]ng|ng[àa]y|tu[ầa]n|th[áa]ng|n[ăa]m"
# Whole-word relative dates.
DATE_RELATIVE_WORDS = r"h[ôo]m\s*qua|h[ôo]m\s*nay|v[ừu]a\s*xong|m[ớo]i\s*đ[ăa]ng"
# Labels printed before a date: "Cập nhật:", "Đăng lúc", "Ngày đăng:", "Thời gian:".
DATE_LABELS = (
    r"c[ậa]p\s*nh[ậa]t(?:\s*l[úu]c)?|ng[àa]y\s*đ[ăa]ng|đ[ăa]ng\s*(?:l[úu]c|ng[àa]y)|đ[ăa]ng|xu[ấa]t\s*b[ảa]n"
    r"|th[ờo]i\s*gian(?:\s*đ[ăa]ng)?|ng[àa]y|l[úu]c|gi[ờo]|updated?|posted|published"
)
# Meta printed beside a date in a dateline: "Lượt xem 2743", "12 bình luận".
DATE_META = (
    r"l[ưu][ợo]t\s*(?:xem|đ[ọo]c|th[íi]ch)\s*:?\s*\d[\d.,]*"
    r"|\d[\d.,]*\s*(?:l[ưu][ợo]t\s*xem|b[ìi]nh\s*lu[ậa]n)"
)

# --- Section names (used by vnnews_clean.cleaners.navigation) -----------------
# The sections almost every Vietnamese news site has in its menu. A line made
# of several of these (with or without separators) is a menu, not a title; in
# the head, one alone is the section label above the title.
SECTION_NAMES: frozenset[str] = frozenset(
    {
        "trang chủ",
        "tin tức",
        "tin mới",
        "mới nhất",
        "thời sự",
        "chính trị",
        "xã hội",
        "thế giới",
        "quốc tế",
        "kinh tế",
        "kinh doanh",
        "tài chính",
        "chứng khoán",
        "bất động sản",
        "doanh nghiệp",
        "ngân hàng",
        "thị trường",
        "văn hóa",
        "văn hoá",
        "giải trí",
        "thể thao",
        "bóng đá",
        "pháp luật",
        "giáo dục",
        "sức khỏe",
        "sức khoẻ",
        "y tế",
        "đời sống",
        "du lịch",
        "khoa học",
        "công nghệ",
        "số hóa",
        "xe",
        "ô tô",
        "xe máy",
        "ô tô xe máy",
        "thời trang",
        "làm đẹp",
        "ẩm thực",
        "nhà đẹp",
        "gia đình",
        "phim",
        "âm nhạc",
        "sao",
        "video",
        "ảnh",
        "podcast",
        "multimedia",
        "emagazine",
        "infographic",
        "góc nhìn",
        "bạn đọc",
        "tâm sự",
        "nhịp sống",
        "lao động",
        "việc làm",
        "công đoàn",
        "quân sự",
        "an ninh",
        "môi trường",
        "nông nghiệp",
        "giao thông",
        "tuyển sinh",
        "sống",
        "lifestyle",
        "news",
        "tin nóng",
    }
)

# The marks a Vietnamese text or document ends with after its last sentence ("… hay không? -/-"; "./." ends on a full
# stop already): that sentence is the text's last, no furniture.
END_MARKS: tuple[str, ...] = ("-/-", "-//-")

# --- After the article (used by vnnews_clean.cleaners.tail) -------------------
# Labels of the contact lines in a site's footer: "Hotline: ...", "Địa chỉ tòa soạn: ...".
# After the last body paragraph a line with one of these labels goes even when
# it is a sentence.
# (A contact label alone, "Địa chỉ: ...", "Hotline: ...", is as often a place's in a travel guide: see FOOTER_TERMS.)
FOOTER_LABELS = re.compile(
    r"^(?:địa chỉ tòa soạn|địa chỉ toà soạn|tòa soạn|toà soạn|liên hệ quảng cáo"
    r"|chịu trách nhiệm(?: xuất bản| nội dung)?|tổng biên tập|phó tổng biên tập|cơ quan chủ quản)\s*:",
    re.IGNORECASE,
)
# What a site's footer speaks of: two of these in one line (any order, any place) make it the footer, sentence
# or not ("Báo điện tử X. Giấy phép số ... Tổng biên tập: ...", "Điện thoại: ..., Fax: ..."); one alone does not
# (an article may give a place's address and phone).
# (Written as the casefolded text they are found in; "fax" and "email" as words.)
FOOTER_TERMS: tuple[str, ...] = (
    "giấy phép",
    "tổng biên tập",
    "tòa soạn",
    "toà soạn",
    "chịu trách nhiệm xuất bản",
    "cơ quan chủ quản",
    "điện thoại",
    " fax",
    "email",
    "e-mail",
    "hotline",
    "đường dây nóng",
    "bản quyền",
    "ghi rõ nguồn",
    "©",
    "địa chỉ",
)
# Prompts a site prints under every article: follow us, get the app. In the tail
# (after the last body paragraph) such a line shows the article is over.
# A follow prompt whose target was a logo (the scrape kept no text of it) ends on its
# preposition: "Theo dõi Báo X trên", "Follow us on".
TAIL_PROMPTS = re.compile(
    r"^(?:(?:theo dõi|follow|đăng ký|tải|cài)\b.{0,60}"
    r"\b(?:google news|facebook|fanpage|zalo|youtube|tiktok|ứng dụng|app)\b"
    r"|(?:theo dõi|follow)\b.{0,60}\s(?:trên|tại|qua|on)\s*:?\s*$)",
    re.IGNORECASE,
)
# What a site's own notices under its articles say, not an article's: rights and
# republication ("... không chịu trách nhiệm về nội dung ...", "Chỉ được phát hành lại
# ... khi có sự đồng ý bằng văn bản ...") and the comment form ("Ý kiến của bạn sẽ được
# biên tập trước khi đăng"). Searched only in a sentence at the very end of the tail,
# after listings or footers (vnnews_clean.cleaners.tail), never to decide alone.
_COMMENT_FORM_WORDS = r"ý kiến của bạn|bình luận của bạn|trước khi đăng|được kiểm duyệt"
SITE_NOTICE_WORDS = re.compile(
    r"chịu trách nhiệm|phát hành lại|đồng ý bằng văn bản|bản quyền|sao chép|giấy phép|" + _COMMENT_FORM_WORDS,
    re.IGNORECASE,
)
# The comment form's own notice among them: it speaks of the reader's comment, not of the
# article, so it may stand right under the byline (with furniture after it, never alone).
COMMENT_FORM_WORDS = re.compile(_COMMENT_FORM_WORDS, re.IGNORECASE)
# The controls of a comment card or of the reader's box under an article ("Thích Trả lời",
# "Thích · Phản hồi", "Gửi góp ý", "Bình chọn"): a line made of nothing else. Read only in
# short non-sentence lines after the article's prose (vnnews_clean.structure), where it
# shows the article is over; a line that only begins with one of them is never matched.
COMMENT_CONTROLS = re.compile(
    r"^(?:(?:thích|trả lời|phản hồi|báo vi phạm|gửi góp ý|góp ý|bình chọn)(?:\s*\(?\d+\)?)?"
    r"\s*[·•|-]?\s*)+$",
    re.IGNORECASE,
)
# A word of those controls anywhere in a line ("Thích · Trả lời · 1 giờ trước").
COMMENT_CONTROLS_WORDS = re.compile(r"\b(?:trả lời|phản hồi|báo vi phạm)\b", re.IGNORECASE)
# Those controls with the reply link among them: only a comment card has one.
COMMENT_REPLY = re.compile(
    r"^(?=.*(?:trả lời|phản hồi))(?:(?:thích|trả lời|phản hồi|báo vi phạm)(?:\s*\(?\d+\)?)?\s*[·•|-]?\s*)+$",
    re.IGNORECASE,
)

# The commonest Vietnamese words of news prose (function words, pronouns, frequent verbs). Their share among
# a block's words tells running Vietnamese text from menus, link lists and code (HTML block scoring).
COMMON_WORDS: frozenset[str] = frozenset(
    """và của là có được cho với trong các những một này đã không người để khi từ đến theo về như năm ngày
    cũng sẽ tại đó nhiều ra vào lại làm còn thì nhưng nên bị do mà việc nếu hơn sau trên đang phải rất vẫn
    chỉ hay hoặc nhất cùng vì đây họ chúng tôi ông bà anh chị em mình nói biết thể đi đều bởi qua số lên
    nay ở nhà thời gian trước cả lúc vừa mới hết đầu nào gì sự tới bằng luôn thấy nhau ta""".split()
)

# --- Credits and agency tags (vnnews_clean.lines.credits) ----------------------
# Credits that name nobody: "Nguồn sưu tầm", "(Tổng hợp)", "St" (sưu tầm), "Nguồn: Internet".
CREDIT_PHRASES: frozenset[str] = frozenset(
    {
        "sưu tầm",
        "nguồn sưu tầm",
        "nguồn: sưu tầm",
        "st",
        "tổng hợp",
        "nguồn tổng hợp",
        "nguồn: tổng hợp",
        "tổng hợp từ internet",
        "nguồn internet",
        "nguồn: internet",
        "theo internet",
    }
)
# The country's best-known news outlets, as their names open a lead ("Dân Việt - ..."): a tag of
# several capitalised words is an outlet only when named here (else it may be a place: "Hà Nội - ...").
NEWS_OUTLETS: frozenset[str] = frozenset(
    {
        "dân việt",
        "dân trí",
        "tuổi trẻ",
        "thanh niên",
        "lao động",
        "người lao động",
        "tiền phong",
        "nhân dân",
        "quân đội nhân dân",
        "công an nhân dân",
        "an ninh thủ đô",
        "hà nội mới",
        "sài gòn giải phóng",
        "pháp luật tp.hcm",
        "pháp luật việt nam",
        "giáo dục thời đại",
        "giáo dục việt nam",
        "đất việt",
        "gia đình việt nam",
        "phụ nữ việt nam",
        "phụ nữ today",
        "người đưa tin",
        "kinh tế đô thị",
        "đời sống pháp luật",
        "doanh nghiệp và tiếp thị",
        "vietnam plus",
        "vietnamplus",
        "vnexpress",
        "zing news",
        "tin tức",
        "báo mới",
        "infonet",
        "vtc news",
        "vietnamnet",
        "kiến thức",
        "công lý",
        "nông nghiệp việt nam",
        "an ninh thế giới",
        "thể thao văn hóa",
        "sức khỏe đời sống",
        "gia đình xã hội",
        "thời báo kinh tế việt nam",
        "vov",
        "vtv",
        "ttxvn",
        # the magazines and sites whose articles other sites reprint with a credit ("Theo Trí Thức Trẻ" under a
        # kenh14 or cafef article): names of capitalised words, read as a person's without this list
        "trí thức trẻ",
        "tri thức và cuộc sống",
        "tri thức & cuộc sống",
        "nhịp sống việt",
        "nhịp sống kinh tế",
        "pháp luật và bạn đọc",
        "pháp luật & bạn đọc",
        "gia đình & xã hội",
        "đời sống & pháp luật",
        "sức khỏe & đời sống",
        "thể thao & văn hóa",
        "doanh nghiệp & tiếp thị",
        "thanh niên việt",
        "kênh 14",
        "kenh14",
        "afamily",
        "cafef",
        "cafebiz",
        "genk",
        "soha",
        "znews",
    }
)
# The heading of a comment section under an article: the article is over above it.
COMMENT_SECTION_HEADINGS: frozenset[str] = frozenset(
    {
        "bình luận",
        "ý kiến bạn đọc",
        "ý kiến của bạn",
        "bình luận của bạn",
        "gửi bình luận",
        "viết bình luận",
        "gửi ý kiến",
        "hãy là người đầu tiên bình luận",
        "bình luận facebook",
        # a comment box with no comment yet: the section is there, empty
        "chưa có bình luận nào",
        "hiện chưa có bình luận nào",
        "hiện chưa có bình luận nào, hãy là người đầu tiên bình luận",
    }
)
# Words that open the name of a place, a venue or a person addressed by a kinship title, never a
# journalist's byline: "Chùa Bạch Vân", "Quán Nhân", "Khu du lịch Cồn Phụng", "Cô Chủ Nhỏ", nor an outlet's
# ("BÁO ĐIỆN TỬ CHÍNH PHỦ", "Đài Truyền hình Việt Nam", "Cổng Thông tin điện tử"). Compared
# case-folded with the first word of a name-shaped line. (Family names such as Hồ, Lâm, Cao are not here.)
PLACE_WORDS: frozenset[str] = frozenset(
    """quán chùa đền đình miếu nhà làng khu bãi biển núi đèo sông suối thác chợ phố đường cầu đảo vịnh hang
    động rừng vườn đồi thung cánh xã huyện tỉnh phường khách tiệm cửa trường bệnh công ga bến cảng tháp lăng
    cô chú bà ông bác dì cậu mợ chị báo tạp đài kênh cổng hãng""".split()
)

# Office titles a Vietnamese document's signature block prints alone over the signer's name ("TM. CHÍNH PHỦ" /
# "THỦ TƯỚNG" / "Nguyễn Văn A"): a title, no one's name, whatever its capitals. Compared case-folded with a
# name-shaped line whole.
OFFICE_TITLES: frozenset[str] = frozenset(
    {
        "thủ tướng",
        "phó thủ tướng",
        "chủ tịch",
        "phó chủ tịch",
        "bộ trưởng",
        "thứ trưởng",
        "giám đốc",
        "phó giám đốc",
        "tổng giám đốc",
        "hiệu trưởng",
        "phó hiệu trưởng",
        "chánh án",
        "viện trưởng",
        "trưởng ban",
        "chủ nhiệm",
        "tổng thư ký",
        "chủ tịch quốc hội",
    }
)

# --- Crawler records printed as text (vnnews_clean.cleaners.fields) -------------
# The names crawlers give the fields of an article's record ("title: ...", "TIÊU ĐỀ: ...", "link: ..."),
# compared through line_key, and what the field holds: the title, the lead, the body (article text, the
# name cut off) or another field (link, category, time, tags: not article text).
RECORD_FIELDS: dict[str, str] = {
    **dict.fromkeys(["title", "tiêu đề", "headline"], "title"),
    **dict.fromkeys(["description", "mô tả", "tóm tắt", "sapo", "summary", "abstract"], "lead"),
    # ("Markdown Content:", "URL Source:", "Published Time:": the header a reader service (Jina Reader) puts over a
    # page it turns into markdown, as crawls for language models store pages)
    **dict.fromkeys(["content", "nội dung", "body", "text", "article", "markdown content"], "body"),
    **dict.fromkeys(
        [
            "link",
            "url",
            "url source",
            "liên kết",
            "đường dẫn",
            "category",
            "chuyên mục",
            "danh mục",
            "thời gian",
            "time",
            "date",
            "published",
            "published time",
            "ngày đăng",
            "ngày",
            "tags",
            "tag",
            "keywords",
            "từ khóa",
            "id",
        ],
        "field",
    ),
    **dict.fromkeys(["author", "tác giả"], "author"),
}

# --- Flattened pages: where a page joined into one line breaks (vnnews_clean.flattened) -----------
# Words only; vnnews_clean.flattened decides from them together with case, punctuation and position.
# Written lower-case; the splitter matches them capitalised, as they start a sentence or heading.

# Discourse connectives that open a sentence and are never a name, so a capitalised one right after
# a word with no punctuation between shows two joined sentences: "... bài viết đã lưu Thế nhưng, ...".
# Only phrases of two or more syllables: a one-syllable opener ("Khi", "Những", "Một") also starts
# titles of works and names written without quotes ("bộ phim Những ngày thơ ấu").
FLAT_CONNECTIVES: tuple[str, ...] = (
    "tuy nhiên",
    "thế nhưng",
    "ngoài ra",
    "bên cạnh đó",
    "do đó",
    "do vậy",
    "vì vậy",
    "vì thế",
    "bởi vậy",
    "chính vì vậy",
    "chính vì thế",
    "theo đó",
    "trong khi đó",
    "trong đó",
    "như vậy",
    "tóm lại",
    "cuối cùng",
    "mặt khác",
    "ngược lại",
    "thậm chí",
    "trước đó",
    "sau đó",
    "hiện nay",
    "trên thực tế",
    "không những thế",
    "không chỉ vậy",
    "đáng chú ý",
    "nhờ đó",
    "qua đó",
    "từ đó",
)
# Nouns that number a step or section heading: "Bước 1: Sơ chế", "Cách 2: ...", "Phần II. ...",
# "Câu 3: ...", "Ngày 1: Hà Nội - Hạ Long", "Giai đoạn 2: ...".
FLAT_STEP_WORDS: tuple[str, ...] = (
    "bước",
    "cách",
    "phần",
    "chương",
    "mục",
    "điều",
    "câu",
    "bài",
    "ngày",
    "giai đoạn",
    "phương pháp",
)
# Abbreviations that end in a period yet end no sentence, as they stand before a name or a place:
# "TS. Nguyễn Văn A", "PGS. TS. Lê B", "TP. Hồ Chí Minh", "St. Louis" (the flattened splitter's cuts, and
# lines.shapes' sentence breaks: a title holding one is a headline). Compared case-folded, without the period;
# single capital letters (initials) are handled apart.
NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "tp",
        "tt",
        "tx",
        "ts",
        "ths",
        "pgs",
        "gs",
        "bs",
        "bsck",
        "ks",
        "ls",
        "ns",
        "nsnd",
        "nsưt",
        "nnưt",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
    }
)
# Company abbreviations a brand or firm's name holds with a full stop and no space after it: "Co.Opmart",
# "Star Group Ind.Co., Ltd" (the flattened splitter reads no sentence end glued on there).
GLUED_NAME_ABBREVIATIONS: frozenset[str] = frozenset({"co", "corp", "inc", "ind", "ltd", "jsc"})
# Labels of a photo or video credit, capitalised, with a colon: "... ngày 2/1. Ảnh: Hiếu Lương".
# The credit closes its caption; the next sentence starts after the name.
FLAT_CREDIT_LABELS: tuple[str, ...] = (
    "ảnh",
    "hình",
    "hình ảnh",
    "nguồn ảnh",
    "ảnh minh họa",
    "ảnh minh hoạ",
    "photo",
    "đồ họa",
    "đồ hoạ",
    "video",
    "clip",
)
