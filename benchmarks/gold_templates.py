# ruff: noqa: E501  (footer and menu strings are quoted whole, as the sites print them)
"""Wording pools and site templates for the multi-site gold set (benchmarks/make_cases.py).

Each template reproduces the furniture one Vietnamese news site prints around an article, in the
form it takes once a crawler has flattened the page to text: menus (with or without separators),
breadcrumbs, datelines in the site's own format, agency prefixes on the lead, images and their
captions and photo credits, mid-article links, bylines and credits, tags, share bars, comment
prompts, related and most-read blocks, contact lines and copyright footers.

These strings are benchmark data only. They are kept apart from ``vnnews_clean/lexicon.py`` on
purpose and must never be copied into it: the cleaners have to recognise furniture from its shape,
and this set measures whether they do on wordings they were not written against.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ---------------------------------------------------------------- shared pools

WEEKDAYS = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"]
WEEKDAYS_CAP = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]

AUTHORS = [
    "Hoàng Phương",
    "Minh Anh",
    "Nguyễn Hà",
    "Đức Minh",
    "Thanh Tùng",
    "Lê Hiếu",
    "Phạm Dự",
    "Ngọc Thành",
    "Hải Yến",
    "Quốc Việt",
    "Trần Thường",
    "Mai Hương",
    "Vũ Điệp",
    "Bảo Anh",
    "Nguyễn Văn Thắng",
    "Thu Hằng",
    "Anh Thư",
    "Hồng Nhung",
    "Phan Anh",
    "Tiến Long",
    "Thùy Linh",
    "Trung Kiên",
    "Đỗ Hợp",
    "Lam Giang",
    "Xuân Thành",
    "Hà Mai",
    "Diệu Linh",
    "Ngọc Mai",
    "Trọng Đạt",
    "Khánh Hòa",
    "Lê Phương",
    "Tâm An",
    "Hữu Khoa",
    "Bích Ngọc",
]

PHOTOGRAPHERS = [
    "Ngọc Thành",
    "Giang Huy",
    "Hữu Khoa",
    "Nam Trần",
    "Tuấn Mark",
    "Phạm Tuấn",
    "Quang Định",
    "Đình Hiếu",
    "Trọng Tài",
    "Hoàng Hà",
    "Lê Nam",
    "Xuân Thịnh",
    "Độc Lập",
    "Nguyễn Khánh",
]

AGENCIES = ["TTXVN", "Reuters", "AFP", "AP", "VNA", "Xinhua", "BBC", "CNN", "Bloomberg", "Yonhap"]

# Credited outlets for "Theo X" / "Nguồn: X" / "(Theo X)" closing lines.
OUTLETS = [
    "VnExpress",
    "Dân trí",
    "Tuổi Trẻ",
    "Thanh Niên",
    "VietNamNet",
    "Zing",
    "Người Lao Động",
    "Tiền Phong",
    "VOV",
    "Lao Động",
    "Infonet",
    "Dân Việt",
    "Kiến Thức",
    "Vietnam+",
    "TTXVN",
    "Nhịp sống kinh tế",
    "Trí Thức Trẻ",
    "Báo Đầu tư",
    "Soha",
    "Pháp luật TP.HCM",
]

# Generic captions, in the register of Vietnamese photo captions (short, often without a verb).
CAPTIONS = [
    "Quang cảnh buổi lễ.",
    "Các đại biểu tham dự hội nghị.",
    "Lực lượng chức năng có mặt tại hiện trường.",
    "Người dân xếp hàng chờ làm thủ tục",
    "Toàn cảnh phiên họp sáng nay",
    "Hiện trường vụ việc",
    "Ảnh minh họa",
    "Khung cảnh nhìn từ trên cao.",
    "Đại diện lãnh đạo trao quà cho các gia đình.",
    "Một góc khu vực được đề xuất điều chỉnh quy hoạch",
    "Phương tiện ùn ứ trên tuyến đường trong giờ cao điểm.",
    "Cơ quan công an làm việc với các đối tượng",
    "Các cầu thủ ăn mừng bàn thắng",
    "Du khách tham quan khu di tích.",
    "Bệnh nhân được theo dõi tại bệnh viện",
    "Nông dân thu hoạch lúa vụ hè thu.",
    "Tang vật vụ án được thu giữ.",
    "Thí sinh làm thủ tục dự thi",
    "Lãnh đạo hai nước tại buổi hội đàm",
    "Giá vàng biến động mạnh trong phiên giao dịch hôm nay.",
    "Hàng hóa được bày bán tại một siêu thị ở Hà Nội",
    "Nhà đầu tư theo dõi bảng điện tử tại một công ty chứng khoán.",
    "Khu vực xảy ra sạt lở",
    "Đoàn công tác kiểm tra tiến độ thi công dự án",
]

PHOTO_CREDITS = [
    "Ảnh: {p}",
    "Ảnh: {p}/TTXVN",
    "(Ảnh: {a})",
    "Ảnh: {a}",
    "Ảnh minh họa: {a}",
    "Nguồn ảnh: Internet",
    "(Ảnh: {p})",
    "Ảnh: Internet",
    "Ảnh: NVCC",
    "Ảnh: Tư liệu",
    "Ảnh: {p} - {p2}",
    "Ảnh: Chụp màn hình",
    "Ảnh: CTV",
    "Ảnh: BTC",
    "Đồ họa: {p}",
]

IMAGE_URL_HOSTS = [
    "https://i1-vnexpress.vnecdn.net/{y}/{m:02d}/{d:02d}/{slug}-{n}.jpg?w=680&h=0&q=100&dpr=1&fit=crop",
    "https://icdn.dantri.com.vn/thumb_w/680/{y}/{m:02d}/{d:02d}/{slug}-{n}.jpg",
    "https://cdn.tuoitre.vn/thumb_w/730/{y}/{m}/{d}/{slug}-{n}.jpg",
    "https://images2.thanhnien.vn/thumb_w/640/{y}/{m}/{d}/{slug}-{n}.jpg",
    "https://static-images.vnncdn.net/files/publish/{y}/{m}/{d}/{slug}-{n}.jpg",
    "https://znews-photo.zingcdn.me/w660/Uploaded/{slug}/{y}_{m:02d}_{d:02d}/{n}.jpg",
    "https://nld.mediacdn.vn/{y}/{m}/{d}/{slug}-{n}.jpg",
    "https://image.tienphong.vn/w890/Uploaded/{y}/{slug}/{n}.jpg",
    "https://media.vov.vn/sites/default/files/styles/large/public/{y}-{m:02d}/{slug}.jpg",
    "https://media-cdn-v2.laodong.vn/storage/newsportal/{y}/{m}/{d}/{n}.jpg",
    "https://cafefcdn.com/thumb_w/650/{y}/{m}/{d}/{slug}-{n}.jpg",
    "https://kenh14cdn.com/{y}/{m}/{d}/{slug}-{n}.jpg",
    "https://icdn.24h.com.vn/upload/{m}-{y}/images/{y}-{m:02d}-{d:02d}/{slug}-{n}.jpg",
]

# Mid-article link prefixes (a related title follows).
INLINE_LINKS = [
    "Xem thêm: {t}",
    ">> {t}",
    ">> Xem thêm: {t}",
    "Đọc thêm: {t}",
    "> {t}",
    "» {t}",
    "XEM THÊM: {t}",
    "Xem thêm >> {t}",
    "Mời xem thêm: {t}",
    ">>> {t}",
    "Tin liên quan: {t}",
    "Video: {t}",
]

TAG_WORDS = [
    "giá vàng",
    "thời tiết",
    "tai nạn giao thông",
    "bóng đá",
    "chứng khoán",
    "bất động sản",
    "tuyển sinh",
    "Hà Nội",
    "TP.HCM",
    "Quốc hội",
    "sức khỏe",
    "dịch bệnh",
    "lãi suất",
    "xăng dầu",
    "Manchester United",
    "giáo dục",
    "y tế",
    "du lịch",
    "xuất khẩu",
    "nông nghiệp",
    "an ninh trật tự",
    "phòng chống tham nhũng",
]

CATEGORIES = [
    "Thời sự",
    "Xã hội",
    "Thế giới",
    "Kinh doanh",
    "Thể thao",
    "Giải trí",
    "Pháp luật",
    "Giáo dục",
    "Sức khỏe",
    "Đời sống",
    "Du lịch",
    "Công nghệ",
    "Xe",
    "Bất động sản",
    "Văn hóa",
    "Kinh tế",
]

# Reader comments under an article: prose, but furniture (written for this benchmark, in the usual register).
COMMENTS = [
    "Bài viết rất hay và bổ ích, cảm ơn tác giả.",
    "Mong các cơ quan chức năng sớm vào cuộc xử lý nghiêm vụ việc này.",
    "Đọc xong mà thấy buồn quá, không biết bao giờ mới hết cảnh này.",
    "Tôi hoàn toàn đồng ý với ý kiến của chuyên gia trong bài.",
    "Giá cả thì tăng mà lương không tăng, người dân biết sống sao đây?",
    "Cần có chế tài mạnh hơn thì mới răn đe được.",
    "Nhà tôi ở gần đó, tình trạng này đã kéo dài nhiều năm rồi.",
    "Chúc mừng đội tuyển, mong các cầu thủ giữ vững phong độ!",
    "Thông tin này chưa chính xác, đề nghị báo kiểm tra lại.",
    "Hy vọng dự án sớm hoàn thành để bà con đỡ khổ.",
    "Ủng hộ quyết định này, lẽ ra phải làm từ lâu rồi.",
    "Ai có kinh nghiệm về vấn đề này cho mình xin lời khuyên với.",
]
COMMENT_ACTIONS = ["Thích Trả lời", "Trả lời", "Thích · Trả lời · {t}", "{t}", "Phản hồi"]
COMMENTERS = [
    "Nguyễn Văn Hùng",
    "Minh Tuấn",
    "Trần Thị Lan",
    "hoangnam88",
    "Bạn đọc",
    "Lê Văn Tám",
    "Thu Trang",
    "Phạm Quang",
    "Độc giả Hà Nội",
    "an.nguyen",
]

RELATIVE_TIMES = ["{n} phút trước", "{n} giờ trước", "{n} ngày trước", "{n} tuần trước", "Vừa xong", "1 giờ trước"]


# ---------------------------------------------------------------- site templates


@dataclass(frozen=True)
class Site:
    """One site's furniture.

    ``dateline`` and ``item_shapes`` are names of shapes understood by make_cases.py; ``agency``
    is the lead prefix (with the source it yields), ``bylines`` the closing credit forms.
    """

    slug: str
    menus: list[str]
    breadcrumbs: list[str]
    datelines: list[str]
    agency: list[tuple[str, str]]  # (prefix format, source); "" = no prefix
    images: list[str]  # "md", "md_empty", "img_file", "anh", "hinh"
    bylines: list[str]
    related_headings: list[str]
    item_shapes: list[str]
    share: list[str]
    tail: list[str]
    footer: list[str]
    most_read: list[str] = field(default_factory=list)
    head_extra: list[str] = field(default_factory=list)
    kicker: bool = False
    title_twice: bool = False
    lead_twice: bool = False  # the sapo printed again as the first paragraph
    head_byline: list[str] = field(default_factory=list)  # byline printed above the lead ("PV•28/01/2025 08:22")


SITES: list[Site] = [
    Site(
        slug="vnexpress",
        menus=[
            "Mới nhất Tin theo khu vực Thời sự Góc nhìn Thế giới Video Podcasts Kinh doanh Bất động sản "
            "Khoa học Giải trí Thể thao Pháp luật Giáo dục Sức khỏe Đời sống Du lịch Số hóa Xe Ý kiến Tâm sự "
            "Thư giãn Tất cả",
            "Trang chủ Thời sự Góc nhìn Thế giới Kinh doanh Giải trí Thể thao Pháp luật Giáo dục Sức khỏe",
            "VnExpress Mới nhất International",
        ],
        breadcrumbs=["{cat} › {sub}", "{cat} {sub}", "Thời sự Giao thông"],
        datelines=["vne", "vne", "vne_short"],
        agency=[("", "")],
        images=["md", "md_empty", "img_file"],
        bylines=["{a}", "{a} (theo {ag})", "{a} (t/h)", "Nhóm PV", "{a} - {a2}"],
        related_headings=["Xem thêm", "Xem nhiều", "Tin liên quan", "Có thể bạn quan tâm"],
        item_shapes=["title", "title", "title_rel", "title_teaser"],
        share=["Chia sẻ", "Chia sẻ Facebook Twitter", "Sao chép liên kết", "Lưu"],
        tail=[
            "Ý kiến (0)",
            "Ý kiến",
            "Gửi góp ý",
            "Tags: {tags}",
            "Theo dõi VnExpress trên Google News",
            "Báo tiếng Việt nhiều người xem nhất",
        ],
        footer=[
            "Báo tiếng Việt nhiều người xem nhất",
            "Thuộc Bộ Khoa học và Công nghệ",
            "Số giấy phép: 548/GP-BTTTT ngày 24/08/2021",
            "Tổng biên tập: Phạm Hiếu",
            "Địa chỉ: Tầng 10, Tòa A FPT Tower, số 10 Phạm Văn Bạch, Dịch Vọng, Cầu Giấy, Hà Nội",
            "Điện thoại: 024 7300 8899 - máy lẻ 4500",
            "Email: webmaster@vnexpress.net",
            "© 1997-2026. Toàn bộ bản quyền thuộc VnExpress",
        ],
        most_read=["Xem nhiều", "Tin mới nhất"],
    ),
    Site(
        slug="dantri",
        menus=[
            "Thời sự | Thế giới | Kinh doanh | Bất động sản | Thể thao | Việc làm | Nhân ái | Sức khỏe | "
            "Văn hóa | Giải trí | Giáo dục | Pháp luật | Xe ++ | Công nghệ",
            "Xã hội Thế giới Kinh doanh Bất động sản Thể thao Lao động - Việc làm Tấm lòng nhân ái Sức khỏe "
            "Văn hóa Giải trí Du lịch Giáo dục Pháp luật",
        ],
        breadcrumbs=["{cat} > {sub}", "Trang chủ / {cat}", "{cat}"],
        datelines=["dantri", "dantri"],
        agency=[("(Dân trí) - ", "Dân trí"), ("(Dân trí) – ", "Dân trí"), ("(Dân trí) -", "Dân trí")],
        images=["md", "img_file", "anh"],
        bylines=["{a}", "{a}", "Nhóm PV", "{a} (t/h)", "Bài và ảnh: {a}", "{a} - {a2}"],
        related_headings=["Tin liên quan", "Tin cùng chuyên mục", "Đọc thêm", "Tin nổi bật"],
        item_shapes=["title_date_paren", "dantri_teaser", "title", "title_teaser"],
        share=["Chia sẻ", "Chia sẻ bài viết", "Facebook Zalo Sao chép link"],
        tail=[
            "Theo dõi Dân trí trên Google News",
            "Từ khóa: {tags}",
            "Gửi email",
            "Gửi bài viết cho tòa soạn",
            "Bình luận (0)",
            "Bình luận",
        ],
        footer=[
            "Cơ quan chủ quản: Bộ Nội vụ",
            "Tổng biên tập: Phạm Tuấn Anh",
            "Giấy phép hoạt động báo điện tử Dân trí số 298/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 13/07/2022.",
            "Địa chỉ tòa soạn: Số 48 ngõ 2 Giảng Võ, Đống Đa, Hà Nội.",
            "Hotline: 0973-567-567",
            "Email: info@dantri.com.vn",
            "© Bản quyền thuộc về Báo điện tử Dân trí. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
        ],
        most_read=["Tin đọc nhiều", "Đọc nhiều nhất"],
    ),
    Site(
        slug="tuoitre",
        menus=[
            "Thời sự Thế giới Pháp luật Kinh doanh Công nghệ Xe Du lịch Nhịp sống trẻ Văn hóa Giải trí Thể thao "
            "Giáo dục Nhà đất Sức khỏe Giả thật Bạn đọc",
            "TRANG CHỦ - THỜI SỰ - THẾ GIỚI - PHÁP LUẬT - KINH DOANH - XE - VĂN HÓA - THỂ THAO",
        ],
        breadcrumbs=["{cat} - {sub}", "{cat}"],
        datelines=["tto", "tto", "updated"],
        agency=[("TTO - ", "TTO"), ("TTO - ", "TTO"), ("", "")],
        images=["md", "img_file", "md_empty"],
        bylines=["{A}", "{A} - {A2}", "{a}", "Theo {o}"],
        related_headings=["TIN LIÊN QUAN", "Tin cùng chuyên mục", "Đọc tiếp", "Tin mới"],
        item_shapes=["title", "title_reltime", "title_date_pipe", "title"],
        share=["Chia sẻ", "Bình chọn", "Like Share"],
        tail=[
            "Bình luận (0)",
            "Gửi bình luận",
            "Từ khóa: {tags}",
            "Theo dõi Tuổi Trẻ Online trên Google News",
            "Ý kiến bạn đọc",
            "Xem thêm bình luận",
        ],
        footer=[
            "Tổng biên tập: Lê Thế Chữ",
            "Giấy phép hoạt động báo điện tử số 561/GP-BTTTT cấp ngày 28/09/2021",
            "Trụ sở: 60A Hoàng Văn Thụ, phường Đức Nhuận, TP.HCM",
            "Hotline: 0918.033.133",
            '® Ghi rõ nguồn "Tuổi Trẻ Online" khi phát hành lại thông tin từ website này.',
            "Copyright © 2026 Tuoi Tre Online, All rights reserved",
        ],
        most_read=["Đọc nhiều", "Tin mới nhất"],
        kicker=True,
    ),
    Site(
        slug="thanhnien",
        menus=[
            "Thời sự Chính trị Thế giới Kinh tế Đời sống Sức khỏe Giới trẻ Giáo dục Du lịch Văn hóa Giải trí "
            "Thể thao Công nghệ Xe Video Tiêu dùng Thời trang trẻ Bạn đọc",
            "Thời sự > Thế giới > Kinh tế > Đời sống > Sức khỏe > Giới trẻ > Giáo dục",
        ],
        breadcrumbs=["{cat} / {sub}", "{cat}"],
        datelines=["tn", "tn", "tn_posted"],
        agency=[("", "")],
        images=["md", "img_file", "anh"],
        bylines=["{a}", "{a}", "{A}", "Bài và ảnh: {a}", "{a} (t/h)"],
        related_headings=["Tin liên quan", "Bài liên quan", "Tin cùng chuyên mục", "Có thể bạn quan tâm"],
        item_shapes=["title", "title_cat_reltime", "title_teaser", "bullet"],
        share=["Chia sẻ", "Facebook Twitter Zalo", "Báo lỗi"],
        tail=[
            "Bình luận",
            "Gửi bình luận",
            "Quan tâm nhất",
            "Mới nhất",
            "Từ khóa: {tags}",
            "Theo dõi Báo Thanh Niên trên Google News",
        ],
        footer=[
            "Cơ quan chủ quản: Trung ương Hội Liên hiệp Thanh niên Việt Nam",
            "Giấy phép số 67/GP-BTTTT cấp ngày 01/03/2021",
            "Tổng biên tập: Nguyễn Ngọc Toàn",
            "Địa chỉ: 268-270 Nguyễn Đình Chiểu, Phường Xuân Hòa, TP.HCM",
            "Đường dây nóng: 0906 645 777",
            "Liên hệ quảng cáo: 0908 780 404",
            "© Thanh Niên. Mọi hình thức sao chép nội dung phải được sự đồng ý bằng văn bản của Báo Thanh Niên.",
        ],
        most_read=["Đọc nhiều", "Xem nhiều nhất"],
    ),
    Site(
        slug="vietnamnet",
        menus=[
            "Chính trị Thời sự Kinh doanh Dân tộc và Tôn giáo Thể thao Giáo dục Thế giới Đời sống Văn hóa - "
            "Giải trí Sức khỏe Công nghệ Pháp luật Xe Bất động sản Du lịch Bạn đọc",
            "VietNamNet | Chính trị | Thời sự | Kinh doanh | Thể thao | Giáo dục | Thế giới",
        ],
        breadcrumbs=["{cat} / {sub}", "{cat}"],
        datelines=["vnn", "vnn"],
        agency=[("", "")],
        images=["md", "md_empty", "hinh"],
        bylines=["{a}", "{a}", "{a} (Theo {ag})", "Nguồn: {o}", "{a}"],
        related_headings=["Tin nổi bật", "Tin liên quan", "Cùng chuyên mục", "Tin mới nhất"],
        item_shapes=["title", "title_teaser", "title_date_pipe", "title_reltime"],
        share=["Chia sẻ", "Facebook Zalo Email", "In bài"],
        tail=[
            "Bạn đọc có thể gửi ý kiến, bài viết đến địa chỉ email: banbandoc@vietnamnet.vn",
            "Từ khóa: {tags}",
            "Tin nổi bật",
            "Theo dõi VietNamNet trên Google News",
        ],
        footer=[
            "Cơ quan chủ quản: Bộ Dân tộc và Tôn giáo",
            "Tổng biên tập: Nguyễn Văn Bá",
            "Giấy phép số 13/GP-BTTTT cấp ngày 09/01/2024",
            "Tòa soạn: Tòa nhà C'land, 156 Xã Đàn, Đống Đa, Hà Nội",
            "Điện thoại: 02439369898 - Hotline: 0923457788",
            "© Báo VietNamNet. All rights reserved.",
        ],
        most_read=["Đọc nhiều nhất"],
    ),
    Site(
        slug="znews",
        menus=[
            "Xuất bản Kinh doanh Công nghệ Sức khỏe Thể thao Đời sống Xe Thế giới Giải trí Pháp luật Giáo dục "
            "Du lịch Âm nhạc Phim ảnh Thời trang",
            "Tin mới Thời sự Thế giới Kinh doanh Pháp luật Thể thao Công nghệ Sức khỏe Giải trí Đời sống",
        ],
        breadcrumbs=["{cat} {sub}", "{cat}"],
        datelines=["znews", "znews"],
        agency=[("", "")],
        images=["md", "img_file", "md_empty"],
        bylines=["{a}", "{a}", "Nguồn: {ag}", "{a} (Theo {ag})", "(Theo {o})"],
        related_headings=["Bài viết liên quan", "Đọc tiếp", "Tin mới", "Có thể bạn quan tâm"],
        item_shapes=["title_teaser", "title", "title_reltime", "title_cat_reltime"],
        share=["Chia sẻ", "Bình luận", "Thích"],
        tail=["Theo dõi Znews trên Google News", "Bình luận", "Gửi", "Thích Phản hồi"],
        footer=[
            "Cơ quan chủ quản: Hội Xuất bản Việt Nam",
            "Giấy phép số 59/GP-BTTTT cấp ngày 13/02/2023",
            "Tổng biên tập: Nguyễn Hoàng Hưng",
            "Liên hệ tòa soạn: toasoan@znews.vn",
            "Hotline: 0931 888 955",
            "© Copyright Znews. Mọi hình thức sao chép nội dung phải được sự đồng ý bằng văn bản của Znews.",
        ],
        most_read=["Đọc nhiều", "Xem nhiều"],
    ),
    Site(
        slug="nld",
        menus=[
            "Thời sự Quốc tế Lao động Bạn đọc Net Zero Kinh tế Sức khỏe Giáo dục Pháp luật Văn hóa - Văn nghệ "
            "Giải trí Thể thao AI 365 Du lịch Phụ nữ Gia đình",
            "Thời sự - Quốc tế - Lao động - Bạn đọc - Kinh tế - Sức khỏe - Giáo dục - Pháp luật",
        ],
        breadcrumbs=["{cat} > {sub}", "{cat}"],
        datelines=["nld", "nld"],
        agency=[("(NLĐO) - ", "NLĐO"), ("(NLĐO)- ", "NLĐO"), ("", "")],
        images=["md", "anh", "img_file"],
        bylines=["{A}", "{a}", "Nhóm PV", "PV", "{a} - {a2}"],
        related_headings=["TIN LIÊN QUAN", "Tin cùng chuyên mục", "Tin mới", "Đọc thêm"],
        item_shapes=["title", "title_date_pipe", "bullet", "title_teaser"],
        share=["Chia sẻ", "Facebook Zalo Twitter", "In bài"],
        tail=[
            "Bình luận",
            "Gửi bình luận",
            "Từ khóa: {tags}",
            "Theo dõi Báo Người Lao Động trên Google News",
            "Gửi góp ý",
        ],
        footer=[
            "Cơ quan chủ quản: Thành ủy TP Hồ Chí Minh",
            "Tổng biên tập: Tô Đình Tuân",
            "Giấy phép số 115/GP-BTTTT cấp ngày 09/03/2023",
            "Địa chỉ: 127 Võ Văn Tần, Phường Xuân Hòa, TP HCM",
            "Hotline: 0903.343.439",
            "Bản quyền thuộc về Báo Người Lao Động",
        ],
        most_read=["Đọc nhiều"],
    ),
    Site(
        slug="tienphong",
        menus=[
            "Xã hội Kinh tế Thế giới Giới trẻ Pháp luật Giáo dục Sức khỏe Văn hóa Giải trí Thể thao Hoa hậu "
            "Xe Công nghệ Bạn đọc Địa ốc",
            "Tiền Phong | Xã hội | Kinh tế | Thế giới | Giới trẻ | Pháp luật",
        ],
        breadcrumbs=["{cat} {sub}", "{cat}"],
        datelines=["tpo", "tpo"],
        agency=[("TPO - ", "TPO"), ("TPO - ", "TPO"), ("", "")],
        images=["md", "img_file", "hinh"],
        bylines=["{a}", "{a}", "{a} (t/h)", "Nhóm phóng viên", "Bài và ảnh: {a}"],
        related_headings=["Tin liên quan", "Xem thêm", "Tin cùng chuyên mục", "Đừng bỏ lỡ"],
        item_shapes=["title", "title_date_paren", "title_reltime", "bullet"],
        share=["Chia sẻ", "Sao chép liên kết"],
        tail=[
            "Bình luận",
            "Ý kiến của bạn sẽ được biên tập trước khi đăng.",
            "Từ khóa: {tags}",
            "Theo dõi Báo Tiền Phong trên Google News",
        ],
        footer=[
            "Cơ quan chủ quản: Trung ương Đoàn TNCS Hồ Chí Minh",
            "Tổng Biên tập: Phùng Công Sưởng",
            "Giấy phép số 76/GP-BTTTT cấp ngày 26/02/2020",
            "Tòa soạn: 15 Hồ Xuân Hương, Hà Nội",
            "Hotline: 0988.888.888",
            "© Bản quyền thuộc về Báo Tiền Phong.",
        ],
        most_read=["Đọc nhiều", "Tin nóng"],
    ),
    Site(
        slug="vov",
        menus=[
            "Chính trị Thời sự Thế giới Kinh tế Xã hội Pháp luật Thể thao Văn hóa Giải trí Sức khỏe Công nghệ "
            "Ô tô - Xe máy Du lịch Đời sống",
            "VOV.VN > Chính trị > Xã hội > Thế giới",
        ],
        breadcrumbs=["{cat} > {sub}", "{cat}"],
        datelines=["vov", "vov"],
        agency=[("VOV.VN - ", "VOV.VN"), ("VOV.VN - ", "VOV.VN"), ("VOV.VN -", "VOV.VN")],
        images=["md", "md_empty", "anh"],
        bylines=["{a}/VOV.VN", "{a}", "{a}/VOV-Tây Bắc", "Theo {o}", "PV"],
        related_headings=["Tin liên quan", "Tin nổi bật", "Tin mới nhất"],
        item_shapes=["title", "title_reltime", "title_teaser"],
        share=["Chia sẻ", "Tweet", "Email"],
        tail=["Tag: {tags}", "Theo dõi VOV.VN trên Google News", "Gửi góp ý", "VOV.VN"],
        footer=[
            "Cơ quan chủ quản: Đài Tiếng nói Việt Nam",
            "Giấy phép số 1052/GP-BTTTT ngày 26/12/2022",
            "Tổng Biên tập: Nguyễn Minh Thành",
            "Địa chỉ: Số 37 Bà Triệu, Hoàn Kiếm, Hà Nội",
            "Điện thoại: 024.39344231 - Email: toasoan@vov.vn",
            "Chịu trách nhiệm nội dung: ...",
            "© Báo điện tử VOV - Đài Tiếng nói Việt Nam",
        ],
        most_read=["Đọc nhiều"],
    ),
    Site(
        slug="laodong",
        menus=[
            "Thời sự Công đoàn Xã hội Thế giới Bạn đọc Kinh doanh Bất động sản Văn hóa - Giải trí Thể thao "
            "Pháp luật Giáo dục Sức khỏe Xe",
            "Thời sự | Công đoàn | Xã hội | Thế giới | Kinh doanh",
        ],
        breadcrumbs=["{cat} > {sub}", "{cat}"],
        datelines=["ld", "ld"],
        agency=[("", "")],
        images=["md", "img_file", "anh"],
        bylines=["{A}", "{a}", "{a} (t/h)", "Nhóm PV", "Bài và ảnh: {a}"],
        related_headings=["Tin liên quan", "Tin mới", "Xem thêm", "Tin đọc nhiều"],
        item_shapes=["title", "title_cat_reltime", "title_date_pipe", "title_teaser"],
        share=["Chia sẻ", "Facebook Zalo", "Sao chép link"],
        tail=["Theo dõi Báo Lao Động trên Google News", "Từ khóa: {tags}", "Gửi email", "Bình luận"],
        footer=[
            "Cơ quan chủ quản: Tổng Liên đoàn Lao động Việt Nam",
            "Tổng Biên tập: Nguyễn Ngọc Hiển",
            "Giấy phép số 1723/GP-BTTTT cấp ngày 28/10/2022",
            "Địa chỉ: Số 6 Phạm Văn Bạch, Cầu Giấy, Hà Nội",
            "Hotline: 0962.010.010",
            "Bản quyền thuộc về Báo Lao Động. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
        ],
        most_read=["Đọc nhiều"],
    ),
    Site(
        slug="cafef",
        menus=[
            "Xã hội Chứng khoán Bất động sản Doanh nghiệp Ngân hàng Tài chính quốc tế Vĩ mô Kinh tế số "
            "Thị trường Sống Lifestyle",
            "Trang chủ CafeF Chứng khoán Bất động sản Doanh nghiệp Ngân hàng Vĩ mô",
        ],
        breadcrumbs=["{cat}", "Chứng khoán"],
        datelines=["cafef", "cafef"],
        agency=[("", "")],
        images=["md", "md_empty", "anh"],
        bylines=["Theo {o}", "Theo {o}", "{A}", "{a}", "Nguồn: {o}"],
        related_headings=["Tin mới", "Cùng chuyên mục", "Tin cùng chuyên mục", "Đọc thêm"],
        item_shapes=["title", "title_date_pipe", "title_reltime", "title_teaser"],
        share=["Chia sẻ", "Facebook Email", "Chia sẻ Zalo"],
        tail=["Từ khóa: {tags}", "Theo dõi CafeF trên Google News", "Gửi góp ý", "Bình luận"],
        footer=[
            "Trang thông tin điện tử tổng hợp CafeF",
            "Giấy phép số 2216/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10 tháng 4 năm 2019",
            "Chịu trách nhiệm nội dung: Ông Nguyễn Thế Tân",
            "Hotline: 0942 86 11 33",
            "Email: info@cafef.vn",
            "Chỉ được phát hành lại thông tin từ website này khi có sự đồng ý bằng văn bản của CafeF.",
        ],
        most_read=["Đọc nhiều nhất", "Tin mới nhất"],
    ),
    Site(
        slug="kenh14",
        menus=[
            "Star Ciné Musik Beauty & Fashion Đời sống Money Ăn - Quẩy - Đi Xã hội Sức khỏe Tek-Life Học đường "
            "Xem Mua Luôn Thế giới đó đây Sport Video",
            "Trang chủ Star Ciné Musik Đời sống Xã hội Sức khỏe",
        ],
        breadcrumbs=["{cat}", "Xã hội"],
        datelines=["k14", "k14"],
        agency=[("", "")],
        images=["md", "img_file", "md_empty"],
        bylines=["Theo {o}", "{A}", "{a}", "Theo {o}"],
        related_headings=["Xem thêm", "Nổi bật", "Đừng bỏ lỡ", "Tin cùng chuyên mục"],
        item_shapes=["title", "title_cat_reltime", "title_reltime", "title_teaser"],
        share=["Chia sẻ", "Like", "Chia sẻ Facebook", "Bình luận"],
        tail=["Bình luận", "Theo dõi Kenh14 trên Google News", "Tags: {tags}", "Chia sẻ"],
        footer=[
            "Trang thông tin điện tử tổng hợp Kenh14",
            "Chịu trách nhiệm quản lý nội dung: Bà Nguyễn Bích Minh",
            "Giấy phép số 2215/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10 tháng 4 năm 2019",
            "Hotline: 0942 86 11 33",
            "Copyright © 2026 Kenh14.vn",
        ],
        most_read=["Xem nhiều", "Hot nhất"],
    ),
    Site(
        slug="24h",
        menus=[
            "Bóng đá Tin tức 24h Kinh doanh Giải trí Thời trang Sức khỏe Phim Ẩm thực Làm đẹp Du lịch Công nghệ "
            "Ô tô Xe máy Thể thao Pháp luật Thế giới Video",
            "Trang chủ | Tin tức trong ngày | Bóng đá | Kinh doanh | Thời trang | Giải trí",
        ],
        breadcrumbs=["Tin tức 24h > {cat}", "{cat} > {sub}"],
        datelines=["24h", "24h"],
        agency=[("(Tin tức 24h) - ", "Tin tức 24h"), ("", "")],
        images=["md", "img_file", "anh"],
        bylines=["Theo {a} ({o})", "Nguồn: {o}", "{a}", "Theo {o}"],
        related_headings=["Tin liên quan", "Tin bài liên quan", "Xem thêm", "Tin nổi bật"],
        item_shapes=["title", "title_date_paren", "bullet", "title_reltime"],
        share=["Chia sẻ", "Bình luận", "Facebook Zalo"],
        tail=["Nguồn: [Link nguồn]", "Từ khóa: {tags}", "Theo dõi 24h trên Google News", "Gửi góp ý"],
        footer=[
            "Tin tức 24h trong ngày",
            "Giấy phép số 332/GP-TTĐT ngày cấp 22/01/2018 do Sở Thông tin và Truyền thông Hà Nội cấp.",
            "Chịu trách nhiệm xuất bản: Phan Minh Tâm",
            "Hotline: 0965 08 24 24",
            "Bản quyền © 2006 - 2026 thuộc về 24h. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
        ],
        most_read=["Đọc nhiều", "Tin tức 24h"],
        title_twice=True,
    ),
    Site(
        slug="baomoi",
        menus=[
            "Nóng Mới Video Chủ đề Thế giới Xã hội Văn hóa Kinh tế Giáo dục Thể thao Giải trí Pháp luật "
            "Công nghệ Khoa học Đời sống Xe cộ Nhà đất Tiện ích",
            "Báo Mới | Nóng | Mới | Video | Chủ đề",
        ],
        breadcrumbs=["{cat}", "{cat} / {sub}"],
        datelines=["baomoi", "baomoi"],
        agency=[("({o2}) - ", "{o2}"), ("{o2} - ", "{o2}"), ("", "")],
        images=["md", "md_empty", "anh"],
        bylines=["{a}", "Theo {o}", "(Theo {o})", "{a} (t/h)"],
        related_headings=["Tin liên quan", "Tin khác", "Tin cùng chuyên mục", "Chủ đề nóng"],
        item_shapes=["title_source_reltime", "title", "title_reltime", "title_date_pipe"],
        share=["Chia sẻ", "Lưu", "Facebook Zalo"],
        tail=["Tải ứng dụng Báo Mới", "Gửi góp ý", "Xem thêm tin", "Chủ đề: {tags}"],
        footer=[
            "Báo Mới - Tin tức mới nhất, cập nhật liên tục 24h",
            "Cơ quan chủ quản: Công ty Cổ phần Công nghệ EPI",
            "Giấy phép số 3424/GP-TTĐT do Sở TT&TT Hà Nội cấp",
            "Hotline: 0965 43 18 18",
            "Báo Mới không chịu trách nhiệm về nội dung từ các nguồn tin.",
        ],
        most_read=["Nóng", "Đọc nhiều"],
        lead_twice=True,
    ),
    Site(
        slug="nhandan",
        menus=[
            "Chính trị Xã luận Kinh tế Văn hóa Xã hội Pháp luật Du lịch Thế giới Thể thao Giáo dục Y tế "
            "Khoa học - Công nghệ Môi trường Bạn đọc",
            "Nhân Dân điện tử | Chính trị | Kinh tế | Văn hóa | Xã hội | Thế giới",
        ],
        breadcrumbs=["{cat} {sub}", "{cat}"],
        datelines=["nd", "nd"],
        agency=[("ND - ", "ND"), ("NDO - ", "NDO"), ("ND -", "ND")],
        images=["md", "anh", "hinh"],
        bylines=["{A}", "{a}", "Theo {ag}", "PV", "{a} - {a2}"],
        related_headings=["Tin liên quan", "Tin mới", "Cùng chuyên mục", "Có thể bạn quan tâm"],
        item_shapes=["title", "title_date_paren", "title_teaser", "title_date_pipe"],
        share=["Chia sẻ", "Facebook Twitter", "Sao chép liên kết"],
        tail=["Theo dõi Báo Nhân Dân trên Google News", "Gửi góp ý", "Từ khóa: {tags}"],
        footer=[
            "Cơ quan của Trung ương Đảng Cộng sản Việt Nam, tiếng nói của Đảng, Nhà nước và Nhân dân Việt Nam",
            "Tổng Biên tập: Lê Quốc Minh",
            "Giấy phép số 250/GP-BTTTT, cấp ngày 29/5/2023",
            "Tòa soạn: 71 Hàng Trống, Hoàn Kiếm, Hà Nội",
            "Điện thoại: 080.48218",
            "© Bản quyền thuộc về Báo Nhân Dân. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
        ],
        most_read=["Đọc nhiều"],
    ),
    Site(
        slug="laodongthudo",
        menus=[
            "Công đoàn Thời sự Xã hội Kinh tế Văn hóa Pháp luật Giáo dục Y tế Thể thao Quốc tế Multimedia",
            "Công đoàn | Thời sự | Xã hội | Kinh tế | Văn hóa | Pháp luật",
        ],
        breadcrumbs=["{cat}", "Công đoàn"],
        datelines=["ldtd", "ldtd"],
        agency=[("(LĐTĐ) ", "LĐTĐ"), ("(LĐTĐ) - ", "LĐTĐ")],
        images=["img_file", "md", "anh"],
        bylines=["{a}", "{a}", "Nhóm PV", "{a} - {a2}"],
        related_headings=["Có thể bạn quan tâm", "Nên xem", "Tin khác", "Tin mới"],
        item_shapes=["title_twice_teaser", "title", "ldtd_teaser"],
        share=["Chia sẻ", "In bài"],
        tail=["Xem thêm", "Phiên bản di động", "Gửi góp ý"],
        footer=[
            "Báo Lao động Thủ đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội",
            "Tổng biên tập: Nguyễn Tiến Dũng",
            "Giấy phép số 46/GP-BTTTT",
            "Địa chỉ: Số 51 Hàng Bồ, Hoàn Kiếm, Hà Nội",
            "Hotline: 0961.567.990",
            'Ghi rõ nguồn "Lao động Thủ đô" khi phát hành lại thông tin từ website này.',
        ],
        most_read=["Đọc nhiều"],
    ),
    Site(
        slug="giaoduc",
        menus=[
            "Giáo dục Thời sự Tuyển sinh Thế giới Nhà trường Gia đình Sức khỏe Kết nối Diễn đàn Pháp luật",
            "Trang chủ | Giáo dục | Tuyển sinh | Nhà trường | Gia đình | Diễn đàn",
        ],
        breadcrumbs=["{cat}", "Giáo dục > {sub}"],
        datelines=["gdvn", "gdvn"],
        agency=[("(GDVN) - ", "GDVN"), ("(GDVN) - ", "GDVN"), ("(GDVN)- ", "GDVN")],
        images=["md", "img_file", "anh"],
        bylines=["{a}", "Nhóm PV"],
        related_headings=["Tin liên quan", "Tin khác", "Đọc nhiều", "Tin mới"],
        item_shapes=["title", "title_date_paren", "title_teaser", "bullet"],
        share=["Chia sẻ", "In bài viết", "Gửi bài"],
        tail=["Theo dõi Giáo dục Việt Nam trên", "Từ khóa: {tags}", "Gửi góp ý", "Bình luận"],
        footer=[
            "Tạp chí điện tử Giáo dục Việt Nam",
            "Cơ quan chủ quản: Hội Khuyến học Việt Nam",
            "Giấy phép số 79/GP-BTTTT cấp ngày 14/02/2022",
            "Tổng biên tập: Nguyễn Tiến Bình",
            "Hotline: 0967 606 000",
            "Bản quyền thuộc về Tạp chí điện tử Giáo dục Việt Nam",
        ],
        most_read=["Đọc nhiều nhất"],
        head_byline=["{a}", "{a}", "PV•{date}", "{a} • {date}"],
    ),
    Site(
        slug="baotintuc",
        menus=[
            "Thời sự Thế giới Kinh tế Xã hội Pháp luật Văn hóa Thể thao Giáo dục Y tế Khoa học - Công nghệ Infographics",
            "Tin tức | Thời sự | Thế giới | Kinh tế | Xã hội",
        ],
        breadcrumbs=["{cat}", "{cat} / {sub}"],
        datelines=["btt", "btt"],
        agency=[("(Chinhphu.vn) - ", "Chinhphu.vn"), ("", "")],
        images=["md", "hinh", "img_file"],
        bylines=["{a}/TTXVN", "Theo {ag}", "{a}", "PV"],
        related_headings=["Tin liên quan", "Tin cùng chuyên mục", "Các tin khác", "Tin đã đưa"],
        item_shapes=["title", "title_date_pipe", "title_date_paren", "bullet"],
        share=["Chia sẻ", "In", "Facebook"],
        tail=["Theo dõi Báo Tin tức trên Google News", "Từ khóa: {tags}", "Lượt xem {n}", "Gửi email"],
        footer=[
            "Báo Tin tức - Thông tấn xã Việt Nam",
            "Tổng Biên tập: Nguyễn Văn Hùng",
            "Giấy phép số 63/GP-BTTTT",
            "Địa chỉ: 11 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",
            "Hotline: 0868.33.88.55",
            "© Bản quyền thuộc về Báo Tin tức - TTXVN",
        ],
        most_read=["Tin đọc nhiều"],
    ),
]

SUBCATS = [
    "Giao thông",
    "Chính trị",
    "Quân sự",
    "Tư liệu",
    "Vĩ mô",
    "Hàng không",
    "Hồ sơ phá án",
    "Tuyển sinh",
    "Bóng đá",
    "Tin tức",
    "Dân sinh",
    "Phân tích",
    "Ngân hàng",
    "Doanh nghiệp",
    "Các bệnh",
    "Điểm đến",
]
