<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <source>Khôi phục bản sao lưu mới nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt đầu với dữ liệu trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục từ bản sao lưu lúc {when} ({contents}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu đang được một chương trình CCHC Desktop khác dùng:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Chưa có bản sao lưu nào. Bản đầu tiên được tạo trong vòng {minutes} phút sau lần thay đổi đầu tiên, khi đóng cửa sổ, hoặc ngay khi bấm «Sao lưu ngay».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu được lưu tại: {database}
Thư mục sao lưu: {folder}
Chương trình tự sao lưu mỗi {minutes} phút khi có thay đổi và khi đóng cửa sổ, giữ bản mới nhất theo ngày, tuần, tháng. Mỗi bản sao được kiểm tra toàn vẹn ngay sau khi ghi và kèm mã kiểm tra SHA-256, được đối chiếu lại trước khi khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu tự động…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sao lưu vào:
{path}
({contents})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục (ví dụ USB) để sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu CCHC (*.sqlite3);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về bản sao lúc {when} ({contents})?
Trạng thái hiện tại sẽ được sao lưu trước để có thể quay lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu ra thư mục khác (USB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục bản đang chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ kế hoạch đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>(toàn bộ dữ liệu)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>sao lưu cơ sở dữ liệu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo một bản sao lưu đã kiểm tra toàn vẹn, kèm mã kiểm tra SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ghi bản sao vào thư mục này (ví dụ USB) thay vì thư mục sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liệt kê các bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các bản sao lưu: thời điểm, loại, dung lượng, nội dung, mã kiểm tra. Bản sao trước khi khôi phục được liệt kê riêng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in dạng JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khôi phục từ một bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu; trạng thái hiện tại được sao lưu trước. &apos;latest&apos;: bản tốt mới nhất (không tính các bản sao trước khi khôi phục).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BẢN_SAO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp sao lưu, hoặc &apos;latest&apos; cho bản tốt mới nhất trong thư mục sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sao lưu vào {path} ({contents}; đã kiểm tra toàn vẹn, mã SHA-256 ghi ở {path}.sha256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (chưa có mã kiểm tra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trong {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao trạng thái trước mỗi lần khôi phục (không dùng cho «restore latest»):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục từ {name} (sao lưu lúc {when}, {kind}; {contents}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái trước khi khôi phục được giữ ở {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu không mở được trước đó được giữ nguyên ở {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục mà không cần mở cơ sở dữ liệu hỏng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liệt kê các kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liệt kê các kế hoạch trong cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in dạng JSON cho chương trình khác đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xuất một kế hoạch ra tệp JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất kế hoạch (định dạng trao đổi cchc-plan phiên bản 2, giữ nguyên mã định danh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KẾ_HOẠCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số thứ tự (ID) hoặc một phần tên kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp JSON cần ghi (&apos;-&apos; để in ra màn hình)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập một kế hoạch từ tệp JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập kế hoạch từ tệp JSON (định dạng cchc-plan phiên bản 1 hoặc 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp JSON cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ kiểm tra, không ghi gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập thành một bản sao với mã định danh mới (khi kế hoạch đã có ở đây)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in kết quả dạng JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhập bảng phụ lục nhiệm vụ từ Excel hoặc Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập bảng phụ lục nhiệm vụ (TT, Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Chủ trì, Phối hợp, Thời gian, Kinh phí) từ tệp .xlsx, .docx hoặc văn bản tách bằng Tab, vào một kế hoạch mới hoặc một kế hoạch đã có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp .xlsx, .docx (hoặc .tsv); &apos;-&apos; để đọc bảng dán (tách bằng Tab) từ đầu vào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thêm vào kế hoạch đã có (số ID hoặc một phần tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tạo kế hoạch mới với tên này (mặc định: tên phụ lục trong tệp, hoặc tên tệp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SỐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số thứ tự của bảng (hoặc trang tính) cần nhập; mặc định tự tìm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ xem trước, không ghi gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in bản xem trước (cách gán cột, số lượng, đơn vị mới, cảnh báo) dạng JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa một kế hoạch (vào thùng rác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển kế hoạch vào thùng rác; khôi phục bằng «cchc trash restore».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thùng rác: xem, khôi phục, dọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các kế hoạch đã xóa. «cchc trash» liệt kê; «cchc trash restore KẾ_HOẠCH» khôi phục nguyên vẹn (cùng mã định danh); «cchc trash empty» xóa hẳn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIỆC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khôi phục một kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số ID hoặc một phần tên kế hoạch trong thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xóa hẳn mọi kế hoạch trong thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xem nhật ký thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhật ký thay đổi: khi nào, ai, làm gì, giá trị cũ và mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ các thay đổi của kế hoạch này (ID hoặc một phần tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chỉ N dòng mới nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh mục đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục đơn vị và số dòng nhiệm vụ nêu tên mỗi đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đặt tên người dùng ghi vào nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên người dùng được ghi vào nhật ký thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tạo cơ sở dữ liệu (hoặc bắt đầu lại với dữ liệu trống)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu trong thư mục dữ liệu. Với --empty: bắt đầu với dữ liệu trống dù thư mục cho thấy trước đây đã có dữ liệu (tệp cũ, nếu còn, được giữ lại bên cạnh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chấp nhận bắt đầu với dữ liệu trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có kế hoạch nào. Dùng «cchc import-json TỆP», «cchc import-annex TỆP» hoặc «cchc --demo plans».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất kế hoạch {id} «{title}» ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp hợp lệ: «{title}» ({counts}). Chưa ghi gì (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập kế hoạch {id}: «{title}» ({counts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng: «{name}» (bảng {number}/{count}, {rows} dòng × {columns} cột), dòng tiêu đề {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các cột:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không nhập: {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên phụ lục: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo lĩnh vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị mới, sẽ thêm vào danh mục ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa ghi gì (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tạo kế hoạch {id}: «{title}» ({period}; {counts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thêm {counts} vào kế hoạch {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chuyển kế hoạch {id} «{title}» vào thùng rác (khôi phục: cchc trash restore {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thùng rác trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}  xóa lúc {when}  {title} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục kế hoạch {id} «{title}» từ thùng rác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xóa hẳn {count} kế hoạch (bản sao lưu tự động vừa tạo vẫn giữ chúng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhật ký chưa có thay đổi nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(toàn bộ dữ liệu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên người dùng ghi vào nhật ký: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu sẵn sàng: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thư mục dữ liệu (mặc định: biến môi trường {env} hoặc thư mục dữ liệu của người dùng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nạp kế hoạch mẫu (xã Cửa Tùng) nếu cơ sở dữ liệu còn trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCHC Desktop – làm việc với kế hoạch CCHC không cần cửa sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in phiên bản rồi thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>các lệnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi không mong đợi: {detail}. Hãy báo cho nhóm phát triển.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị cũ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả/Sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tasks} ({groups} nhóm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số dòng nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAnnexDialog</name>
    <message>
        <source>Nhập phụ lục nhiệm vụ – xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập vào cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {name} ({rows} dòng × {columns} cột)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – không thấy dòng tiêu đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không nhập)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột {number}: {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kỳ: năm hiện tại (không đọc được từ tiêu đề)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>＋ Đơn vị mới: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {label} → {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị ({count} mới)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sẽ nhập {counts}; {warnings} cảnh báo; {units} đơn vị mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{label}» là đơn vị nào trong danh mục?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAnnexForm</name>
    <message>
        <source>Bảng cần nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng cần nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập vào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch mới, tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên kế hoạch mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm vào kế hoạch đã có:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột trong bảng → trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cây nhiệm vụ sẽ tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lượng theo lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên mới sẽ được thêm vào danh mục đơn vị. Nếu một tên mới thực ra là một đơn vị đã có (viết tắt, viết khác), chọn nó rồi bấm «Là đơn vị đã có…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị trong phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Là đơn vị đã có…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainContent</name>
    <message>
        <source>Khu vực làm việc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CCHC Desktop – Kế hoạch và Chỉ số cải cách hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập &amp;phụ lục từ Excel/Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dán phụ lục từ bộ nhớ tạm (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nhập kế hoạch từ tệp JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xuất kế hoạch đang chọn ra JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên &amp;người dùng (ghi vào nhật ký)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xóa kế hoạch đang chọn (vào thùng rác)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nhật ký thay đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHỈ ĐỌC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên ghi vào nhật ký thay đổi (ví dụ: Nguyễn Thị Hoa – Phòng VHXH):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CCHC Desktop {version}&lt;/b&gt;&lt;br&gt;Lập kế hoạch, theo dõi nhiệm vụ và tự chấm điểm Chỉ số cải cách hành chính cấp xã. Làm việc hoàn toàn không cần mạng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Tên kế hoạch mới (--new-plan) không được để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa kế hoạch (vào thùng rác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục kế hoạch từ thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa hẳn kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn tác nhập phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>có hạn cụ thể</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trong khoảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>định kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thường xuyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa rõ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hạn {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>định kỳ đến {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>định kỳ, hạn {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>định kỳ {count} lần, lần cuối {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thường xuyên đến {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa rõ thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 tháng đầu năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 tháng cuối năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giai đoạn {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sections} lĩnh vực, {tasks} nhiệm vụ, {rows} dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sections} lĩnh vực, {tasks} nhiệm vụ ({groups} nhóm), {rows} dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tasks} nhiệm vụ, {rows} dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tasks} nhiệm vụ ({groups} nhóm), {rows} dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành (trễ hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy, không ghi được «{path}». Hãy giải phóng dung lượng rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có quyền ghi vào «{path}» (thư mục chỉ đọc hoặc tệp đang bị khóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy «{path}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{path}» là một thư mục; hãy ghi rõ tên tệp cần ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một phần của đường dẫn «{path}» không phải là thư mục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{path}» vượt quá dung lượng cho phép của ổ đĩa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi đọc/ghi «{path}»: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã hủy theo yêu cầu; chưa ghi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi không mong đợi: {detail}. Hãy báo cho nhóm phát triển.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại sau ít phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ sở dữ liệu đang bị khóa; hãy thử lại sau ít phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thư mục dữ liệu hoặc tệp cơ sở dữ liệu chỉ cho phép đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lỗi ghi ổ đĩa (ổ đĩa có thể đã đầy hoặc vừa bị rút ra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp cơ sở dữ liệu bị hỏng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ổ đĩa đã đầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không mở được tệp cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp không phải cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» không phải là gói nộp (không đọc được dạng nén .zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được gói nộp «{name}»: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói «{name}» không có tệp {manifest}: không phải gói nộp của CCHC Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp {manifest} trong gói «{name}» bị hỏng hoặc đã bị sửa ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói «{name}» được tạo bởi phiên bản mới hơn (định dạng {found}); hãy cập nhật chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp «{name}» để đưa vào gói: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp kiểm chứng «{name}» trong kho dữ liệu không còn nguyên vẹn (mã kiểm tra khác với lúc lưu). Hãy đính kèm lại tệp gốc rồi tạo gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói nộp đầy đủ và nguyên vẹn: {count} tệp khớp với danh mục (manifest.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiếu tệp: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp đã bị thay đổi: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp lạ, không có trong danh mục: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói nộp KHÔNG còn nguyên vẹn: {missing} tệp thiếu, {changed} tệp bị thay đổi, {extra} tệp lạ (đã kiểm tra {count} tệp trong danh mục).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy phông chữ «{path}» của chương trình; hãy cài đặt lại chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được phông chữ «{path}» ({reason}); hãy cài đặt lại chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phông chữ «{path}» không có đủ chữ tiếng Việt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có dòng nhiệm vụ nào trong phần đã chọn để xuất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{path}» không phải là một tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp {what} «{name}» quá lớn ({size} MB; tối đa {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục «{folder}» không tồn tại, nên không ghi được «{name}». Hãy chọn một thư mục có sẵn (hoặc tạo thư mục đó trước).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cột {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cột {column} «{header}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} ← cột {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} ← cột {column} «{header}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: (không có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trường «{field}» không tồn tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: cột {column} không có trong bảng ({width} cột).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một cột được gán cho hai trường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần chọn cột số thứ tự (TT/STT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần ít nhất một trong các cột Mục tiêu, Nhiệm vụ hoặc Hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng bắt đầu dữ liệu nằm ngoài bảng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» được đặt mật khẩu, hoặc là định dạng Excel/Word cũ (.xls/.doc). Hãy mở tệp bằng Excel hoặc Word, bỏ mật khẩu nếu có, rồi lưu lại dạng .xlsx hoặc .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» không phải Excel (.xlsx) hoặc Word (.docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» bị hỏng hoặc chưa được tải về/chép trọn vẹn, không đọc được. Hãy mở lại bằng Excel hoặc Word, lưu thành tệp mới rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» khi giải nén quá lớn (trên {limit_mb} MB hoặc trên {entries} thành phần), không nhập được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» có thành phần nén bất thường (tỉ lệ giải nén trên {ratio}:1), có thể là tệp độc hại; không nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» chứa đường dẫn không hợp lệ (tuyệt đối hoặc có &apos;..&apos;); không nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» là Excel dạng nhị phân (.xlsb). Hãy lưu lại dạng .xlsx rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» là tệp OpenDocument (LibreOffice .ods/.odt). Hãy lưu lại dạng .xlsx hoặc .docx rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» là tệp {found}, không phải tệp {expected} như cần ở đây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» có hơn {limit} ô (kể cả ô trống đã định dạng), quá lớn cho một bảng phụ lục. Hãy chép riêng bảng phụ lục sang một tệp mới rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu đề phụ lục dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng «kèm theo» của phụ lục dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên lĩnh vực {section} dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mục tiêu của nhiệm vụ {item} thuộc lĩnh vực {section} dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột {column} của nhiệm vụ {item} thuộc lĩnh vực {section} dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đơn vị «{name}…» ở nhiệm vụ {item} thuộc lĩnh vực {section} dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có bảng số {number} (tệp có {count} bảng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không nhận ra dòng tiêu đề của «{table}»: cần cột TT (hoặc STT) và ít nhất hai cột như Nhiệm vụ, Kết quả/Sản phẩm, Chủ trì, Thời gian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách gán cột không dùng được:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột {column} «{header}» không thuộc trường nào nên không được nhập ({filled} ô có nội dung).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột {column} (không có tiêu đề) không thuộc trường nào nên không được nhập ({filled} ô có nội dung).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột {column} «{header}» không thuộc trường nào (cột trống, bỏ qua).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có dòng nhiệm vụ nào dưới dòng tiêu đề.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lĩnh vực không tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch nhập từ phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy bảng phụ lục nhiệm vụ. Bảng cần một dòng tiêu đề có cột TT (hoặc STT) và các cột như Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Chủ trì, Phối hợp, Thời gian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy bảng phụ lục nhiệm vụ trong tệp «{name}». Bảng cần một dòng tiêu đề có cột TT (hoặc STT) và các cột như Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Chủ trì, Phối hợp, Thời gian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» có hơn {limit} dòng, quá lớn cho một bảng phụ lục. Hãy tách riêng bảng phụ lục ra một tệp rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» có các vùng gộp ô chồng lên nhau bất thường (quá nhiều ô bị gộp); tệp có thể bị hỏng. Hãy mở bằng Excel, lưu thành tệp mới rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang tính «{sheet}» có dữ liệu đến cột {width}; chỉ đọc {limit} cột đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{table}» có hơn {limit} cột; chỉ đọc {limit} cột đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{table}» nằm liền sau nên được ghép tiếp vào «{into}» (từ dòng {row}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được dữ liệu dán (dạng bảng tách bằng Tab): {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu dán trống: hãy chép bảng phụ lục từ Excel hoặc Word rồi dán lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu dán có hơn {limit} cột, không phải bảng phụ lục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu dán quá lớn (tối đa {limit_mb} MB) cho một bảng phụ lục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản không ở dạng Unicode (UTF-8): hãy lưu lại bằng mã UTF-8 hoặc chép bảng trực tiếp từ Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản «{name}» không ở dạng Unicode (UTF-8): hãy lưu lại bằng mã UTF-8 hoặc chép bảng trực tiếp từ Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng «{text}» không có số La Mã: được coi là một lĩnh vực không số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng lĩnh vực {section} còn chữ ở cột khác, không nhập: «{text}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có nhiệm vụ trước dòng lĩnh vực đầu tiên (số La Mã I, II...): đã đưa vào một lĩnh vực không tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực {section} không có nhiệm vụ nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực {section} ghi {declared} nhiệm vụ nhưng nhập được {tasks} nhiệm vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhiệm vụ {number} chỉ có số thứ tự, không có nhiệm vụ, hoạt động hay kết quả nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhiệm vụ {number} chỉ có số thứ tự và mục tiêu, không có nhiệm vụ, hoạt động hay kết quả nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực {section}: {count} dòng chưa có đơn vị chủ trì (dòng {rows}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng này chưa có đơn vị chủ trì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thứ tự nhảy từ {previous} sang {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực bắt đầu bằng số thứ tự {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhiệm vụ số {number} không có nhiệm vụ mẹ (số {parent}) ở phía trên: giữ ở cấp đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cột TT chứa một đoạn chữ dài «{text}…», không phải số thứ tự: đã chuyển vào mục tiêu của một nhiệm vụ không số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thứ tự «{number}» không theo dạng 1, 1.1 hay I, II: giữ nguyên làm số của nhiệm vụ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số thứ tự {number} xuất hiện lần nữa trong lĩnh vực {section}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {number} «{title}» được coi là nhóm trong lĩnh vực {section}: các nhiệm vụ đánh số 1, 2... bên dưới thuộc nhóm này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng không có số thứ tự ở đầu lĩnh vực {section}: đã tạo một nhiệm vụ không số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng không có số thứ tự nhưng có mục tiêu riêng: đã nối vào mục tiêu của nhiệm vụ {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo (dòng {row}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» không có bảng chấm điểm (dòng tiêu đề với cột «Mã» và «Điểm tự đánh giá», «Số liệu» hoặc «Điểm thẩm định»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» có hơn {limit} dòng, không phải phiếu chấm điểm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» có {count} lỗi, chưa ghi gì. Sửa các dòng sau rồi nhập lại:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}, tiêu chí {code}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: mã {code} không có trong bộ tiêu chí «{set_name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: mã {code} đã có ở dòng {first_row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cột «{column}» ghi «{value}», không phải là số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cột «Không áp dụng» chỉ ghi «x» (hoặc «có») hoặc để trống (đang ghi «{value}»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel đã đổi số liệu thành ngày tháng ({value}); hãy định dạng ô là Văn bản rồi ghi lại, ví dụ 118/120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu chấm điểm năm {found}, không phải năm {expected} của bản chấm điểm đang mở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bản tự đánh giá đã chốt: chỉ nhận điểm thẩm định, không sửa phần tự đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm tự đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do không áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do chấm khác cách chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm thẩm định lần {round}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» không phải bảng tính Excel (.xlsx); hãy lưu lại dạng .xlsx rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» được đặt mật khẩu hoặc là Excel cũ (.xls); hãy lưu lại dạng .xlsx, không mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» bị hỏng hoặc chưa tải về trọn vẹn; hãy mở bằng Excel, lưu thành tệp mới rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» khi giải nén quá lớn hoặc có cấu trúc bất thường; không đọc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang «{sheet}» có hơn {limit} ô (kể cả ô trống đã định dạng), quá lớn hoặc bất thường; hãy chép riêng bảng cần nhập sang một tệp mới rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» không có trang tính «{sheet}» (hoặc trang nào có dòng tiêu đề {columns}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang «{sheet}» không có dòng tiêu đề với các cột {columns} (trong {rows} dòng đầu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang «{sheet}» có hơn {limit} dòng, quá lớn cho một bộ tiêu chí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» có {count} lỗi, chưa nhập gì. Sửa các dòng sau rồi nhập lại:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: mã «{code}» không đúng dạng (I, II... hoặc 1, 1.1, 1.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: có điểm hoặc cách chấm nhưng thiếu mã tiêu chí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: mã {code} trùng với dòng {first_row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} đứng trước lĩnh vực đầu tiên (I, II...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} không có tiêu chí cha {parent} ở phía trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} nằm sai chỗ: phải đứng ngay trong nhóm {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: mã {code} lồng quá {limit} cấp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} thiếu nội dung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: nội dung tiêu chí {code} dài quá {limit} ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} thiếu điểm tối đa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: điểm tối đa «{value}» của tiêu chí {code} không phải là số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: điểm tối đa của tiêu chí {code} phải lớn hơn 0 (đang ghi {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: điểm tối đa của {code} là {found} nhưng tổng các tiêu chí con là {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: dòng tổng ghi {found} điểm nhưng tổng điểm tối đa các lĩnh vực là {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: cách chấm của tiêu chí {code}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: {code} có tiêu chí con nên không có cách chấm riêng (chỉ được ghi «điểm thưởng» hoặc «điểm trừ» cho cả khối).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} nằm trong khối {block} nhưng cách chấm lại là {own}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: cột «{column}» chỉ ghi «có» hoặc để trống (đang ghi «{value}»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} do tỉnh chấm nên không thể đồng thời «không áp dụng được».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: không hiểu nguồn số liệu «{value}» (ghi «kế hoạch ban hành đúng hạn», «tỷ lệ nhiệm vụ hoàn thành» hoặc «số nhiệm vụ có nhãn: kiểm tra»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: nguồn số liệu chỉ ghi cho tiêu chí không có tiêu chí con ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: nguồn số liệu «{source}» không hợp với cách chấm của tiêu chí {code} (cần {expected}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang «{sheet}» không có tiêu chí nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng {row}: «{key}» ghi «{value}» không đọc được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không rõ bộ tiêu chí dùng cho năm nào: ghi «Năm: 2026» phía trên dòng tiêu đề.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiếu trang «Xếp loại» (các cột «Xếp loại», «Từ (%)») hoặc trang đó không có mức nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: mức «{label}» có ngưỡng «{value}» không phải là số phần trăm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: thiếu tên xếp loại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: ngưỡng {value}% của «{label}» phải từ 0 đến 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: «{label}» trùng tên hoặc trùng ngưỡng với một mức phía trên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: các ngưỡng phải xếp theo thứ tự (từ cao xuống thấp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp loại: mức thấp nhất phải bắt đầu từ 0% (đang là {value}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>điểm thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>điểm trừ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>điểm thường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cách chấm có/không hoặc theo lựa chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cách chấm theo tỷ lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cách chấm theo số lần hoặc có/không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu bộ tiêu chí không hợp lệ tại «{where}»: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu chấm điểm không hợp lệ tại «{where}»: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không phải dữ liệu «{expected}» (ghi «{found}»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phiên bản {found} mới hơn phiên bản {supported} mà chương trình đọc được; hãy cập nhật chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một đối tượng JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một danh sách [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một chuỗi văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần true hoặc false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một số nguyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần một số thập phân ghi dạng chuỗi, ví dụ &quot;0.25&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>năm phải từ {low} đến {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phải lớn hơn 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã {code} trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quá nhiều tiêu chí hoặc lồng quá sâu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>điểm tối đa {found} khác tổng các tiêu chí con {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp này không phải là kế hoạch CCHC (thiếu &quot;format&quot;: &quot;cchc-plan&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp được tạo bởi phiên bản CCHC Desktop mới hơn (định dạng phiên bản {version}). Hãy cập nhật chương trình để mở tệp này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp kế hoạch không hợp lệ:
{problems}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… và {count} lỗi khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» không phải văn bản UTF-8, không đọc được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» không phải JSON hợp lệ (dòng {line}, cột {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» có một con số quá dài, không phải kế hoạch hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» lồng quá sâu (nhiệm vụ con lồng nhau quá {limit} cấp), không phải kế hoạch hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: ngày «{text}» không tồn tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan.period: năm bắt đầu {start} sau năm kết thúc {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã định danh {uuid} xuất hiện hai lần trong tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: thiếu trường bắt buộc «{name}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: phải là {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: quá dài (tối đa {limit} ký tự)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: ngày phải viết theo dạng NNNN-TT-NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: không được để trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: mã định danh (uuid) không đúng dạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: năm {value} nằm ngoài khoảng cho phép ({min}–{max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: giá trị {value} không hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: kỳ kế hoạch không hợp lệ (cần kind = year kèm year; half_year kèm year và half 1 hoặc 2; multi_year kèm start_year và end_year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: giá trị không hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chuỗi văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số nguyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} hoặc {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không hiểu cách chấm «{text}» (viết như: «có/không»; «đúng hạn: 1; trễ hạn: 0,5»; «tỷ lệ: trên 90% → 2; dưới 90% → 0»; «mỗi lần: 0,25»; «chấm từ 0 đến tối đa, bước 0,5»; «điểm thưởng»; «điểm trừ»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cách chấm có số điểm không đọc được: «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số điểm «{text}» trong cách chấm không được âm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bước điểm phải lớn hơn 0 (đang ghi {step})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>điểm tối đa {maximum} không chia hết cho bước điểm {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mức «{label}» cho {points} điểm, vượt điểm tối đa {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lựa chọn «{label}» được ghi hai lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần ít nhất hai lựa chọn, mỗi lựa chọn kèm số điểm (ví dụ «đúng hạn: 1; trễ hạn: 0»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không hiểu mức tỷ lệ «{text}» (viết như: «trên 90%», «từ 70% đến 90%», «dưới 70%», «70-90%», «&gt;=70%»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mức tỷ lệ «{text}» không chứa giá trị nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mức tỷ lệ «{text}» nằm ngoài khoảng 0% đến 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tỷ lệ {value} không thuộc mức nào của cách chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tỷ lệ {value} thuộc cả hai mức «{first}» và «{second}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số điểm mỗi lần phải lớn hơn 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mức tối đa {cap} của cách chấm vượt điểm tối đa {maximum} của tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm {value} không được âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm {value} vượt điểm tối đa {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm {value} không đúng bước {step} (gần nhất: {lower} hoặc {upper}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: «{value}» không phải lựa chọn của cách chấm ({choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: cần đủ hai số liệu, số đạt và tổng số (ví dụ 118/120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: tổng số (mẫu số) phải lớn hơn 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: số liệu {value} không được âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: số đạt {numerator} lớn hơn tổng số {denominator}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: số lần {value} phải là số nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: tỷ lệ {value} không thuộc mức nào của cách chấm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm nhập {value} khác điểm tính theo cách chấm ({computed}); nếu cố ý chấm khác, hãy ghi lý do điều chỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: cần số liệu ({hint}) để tính điểm; đang chỉ có điểm {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: chấm có/không nên điểm chỉ là 0 hoặc {maximum} (đang ghi {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code} không được đánh dấu «không áp dụng».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code} do tỉnh chấm: xã không tự chấm; điểm của tỉnh ghi vào cột Điểm thẩm định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm thẩm định {value} không được âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm thẩm định {value} vượt điểm tối đa {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiêu chí chấm điểm trực tiếp, không ghi số liệu (đang ghi «{value}»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số liệu «{value}» phải là «có» hoặc «không»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số liệu «{value}» không phải lựa chọn của cách chấm ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số liệu «{value}» phải ghi dạng số đạt/tổng số (ví dụ 118/120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số liệu «{value}» phải là một số (ví dụ 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>có hoặc không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số đạt/tổng số, ví dụ 118/120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số lần, ví dụ 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có bản sao lưu nào dùng được trong «{folder}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy tệp sao lưu «{path}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng không có nhiệm vụ nào để nhập. Chưa ghi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu đầu vào quá lớn (tối đa {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập phụ lục vào «{title}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập kế hoạch «{title}» từ phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy kế hoạch «{reference}». Dùng lệnh «cchc plans» để xem danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{reference}» khớp với nhiều kế hoạch, hãy ghi số ID:
{candidates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch «{title}» đang ở thùng rác; hãy khôi phục trước («cchc trash restore {id}»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch «{reference}» không ở thùng rác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên kế hoạch không được để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trường «{field}» không sửa được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» là tệp {kind}, không phải kế hoạch JSON. Để nhập bảng phụ lục từ tệp này, dùng «cchc import-annex {name}» (trong cửa sổ: Tệp → Nhập phụ lục từ Excel/Word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm kế hoạch «{title}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập kế hoạch «{title}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa kế hoạch «{title}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục kế hoạch «{title}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa thông tin kế hoạch «{title}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhân bản kế hoạch cho kỳ sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (bản sao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên người dùng không được để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngôn ngữ «{code}» không có (vi hoặc en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thực hiện được vì dữ liệu đã thay đổi ở nơi khác (có thể bằng dòng lệnh hoặc khôi phục): {what}. Bước này được bỏ khỏi danh sách hoàn tác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy kế hoạch (mã {uuid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản tự đánh giá đã chốt nên không sửa được phần tự chấm; hãy mở lần chấm mới («Mở lần chấm mới» hoặc «cchc assessment revise»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xác định được tiêu chí «{key}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tên đơn vị «{old}» thành «{new}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gộp đơn vị «{source}» vào «{target}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nạp kế hoạch mẫu (ID {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có kế hoạch, không nạp kế hoạch mẫu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy dòng hoặc mục này trong phụ lục (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thể đặt {what} vào vị trí này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã định danh {uuid} đã có trong cơ sở dữ liệu; không thêm lần nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy bản chấm điểm «{reference}». Dùng lệnh «cchc assessment list» để xem danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tự động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sao lưu thủ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trước khi khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trước khi nâng cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plans} kế hoạch, {rows} dòng nhiệm vụ, {assessments} bản chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HỎNG: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không toàn vẹn ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không đọc được ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>không phải cơ sở dữ liệu CCHC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nội dung đã bị thay đổi sau khi sao lưu (mã kiểm tra SHA-256 không khớp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>được tạo bởi phiên bản CCHC Desktop mới hơn (lược đồ {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được bản sao lưu: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu vừa ghi không toàn vẹn ({detail}); đã bỏ bản sao này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không sao lưu được cơ sở dữ liệu: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao «{name}» không dùng được: {problem}. Chưa khôi phục gì, dữ liệu giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục thất bại ({reason}). Dữ liệu giữ nguyên như trước khi khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu «{path}»: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{path}» không phải cơ sở dữ liệu CCHC Desktop hoặc đã bị hỏng ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy bộ tiêu chí «{reference}». Dùng lệnh «cchc criteria list» để xem danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy tài liệu kiểm chứng «{reference}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp «{name}» quá lớn để làm tài liệu kiểm chứng ({size} MB; tối đa {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp «{name}»: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được tài liệu kiểm chứng: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu «{path}» được tạo bởi phiên bản CCHC Desktop mới hơn (lược đồ {found}, phiên bản này chỉ hiểu đến {latest}). Hãy cập nhật chương trình; dữ liệu không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tạo được bản sao trước khi nâng cấp cơ sở dữ liệu ({reason}); chưa nâng cấp, dữ liệu giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nâng cấp cơ sở dữ liệu lên phiên bản {version} thất bại ({reason}); dữ liệu giữ nguyên như trước khi nâng cấp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu «{path}» cần được nâng cấp (lược đồ {found} lên {latest}) nhưng thư mục dữ liệu chỉ cho phép đọc. Hãy chép thư mục sang nơi ghi được rồi mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng ({problem}). Tệp hỏng đã được giữ nguyên và chuyển sang «{moved_to}». {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thấy cơ sở dữ liệu «{path}» (tệp bị xóa, bị làm trống hoặc thư mục bị chép thiếu), trong khi thư mục này đã từng có dữ liệu. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số phiên bản ghi trong tệp cơ sở dữ liệu bị hỏng ({found}; dữ liệu cho biết phiên bản {recorded}). Tệp đã được giữ nguyên và chuyển sang «{moved_to}». {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu tốt mới nhất: {when} ({contents}); có thể khôi phục từ bản này (cửa sổ chương trình sẽ hỏi, hoặc lệnh «cchc restore latest»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có bản sao lưu nào dùng được. Để bắt đầu với dữ liệu trống: «cchc init --empty» hoặc chọn «Bắt đầu với dữ liệu trống» trong cửa sổ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lần trước chương trình không được đóng đúng cách; nhật ký ghi (WAL) đã được chép giữ lại ở «{copy}» trước khi mở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhật ký ghi (WAL) của lần đóng không đúng cách bị hỏng: {lost} giao dịch đã lưu trong đó không đọc lại được và không có trong dữ liệu đang mở. Bản chép nguyên vẹn của cơ sở dữ liệu và nhật ký được giữ ở «{copy}»; hãy báo cho người phụ trách kỹ thuật nếu thấy thiếu dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu «{path}» chỉ cho phép đọc: chỉ xem và xuất được, không lưu được thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy gói nộp «{reference}» trong danh sách gói nộp («cchc outbox»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có kế hoạch số {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch «{title}» (mã {uuid}) đã có trong dữ liệu này{where}. Muốn thêm một bản sao với mã mới, hãy nhập lại với tùy chọn --as-copy (trong cửa sổ: «Nhập thành bản sao»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (đang ở thùng rác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu «{path}» chỉ cho phép đọc: có thể xem và xuất, nhưng không lưu được thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được thay đổi: {reason}. Dữ liệu giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy chỉ tiêu này (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đơn vị không được để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị «{name}» đã có trong danh mục (trùng với «{existing}»). Hãy gộp hai đơn vị nếu đó là một.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị «{reference}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không gộp một đơn vị vào chính nó.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo dõi tiến độ từng nhiệm vụ sẽ có ở phiên bản sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự đánh giá, chấm điểm Chỉ số CCHC sẽ có ở phiên bản sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo &amp; gói nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo, bảng nhiệm vụ in PDF, Excel và gói nộp sẽ có ở phiên bản sau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFileActions</name>
    <message>
        <source>Nhập kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch CCHC (*.json);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đọc {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập thành bản sao (mã định danh mới)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập phụ lục nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel, Word hoặc văn bản tách Tab (*.xlsx *.docx *.tsv *.txt);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ nhớ tạm không có bảng nào. Hãy chọn bảng phụ lục trong Excel, nhấn Ctrl+C rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bảng dán từ bộ nhớ tạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang đọc bảng dán…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch CCHC (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang ghi {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất kế hoạch ra {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển kế hoạch «{title}» cùng toàn bộ phụ lục vào thùng rác?
(Hoàn tác bằng Ctrl+Z, hoặc khôi phục từ Thùng rác.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có kế hoạch nào. Dùng menu Tệp → Nhập phụ lục từ Excel/Word hoặc Tệp → Nhập kế hoạch từ tệp JSON để bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phụ lục nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục kế hoạch «{title}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dọn sạch thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa hẳn {count} kế hoạch trong thùng rác? Việc này không hoàn tác được (bản sao lưu tự động được tạo ngay trước khi xóa vẫn giữ chúng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch đã xóa nằm ở đây cho đến khi dọn thùng rác. Khôi phục đưa kế hoạch về nguyên vẹn, cùng tiến độ và tài liệu kiểm chứng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục kế hoạch đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dọn sạch thùng rác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kế hoạch trong thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đầy đủ của đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tên đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên mới (các dòng nhiệm vụ nêu tên cũ được đổi theo):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gộp đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gộp «{name}» vào đơn vị nào? ({rows} dòng nhiệm vụ sẽ nêu tên đơn vị được chọn.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các phòng, ban, đơn vị được nêu tên ở cột Chủ trì và Phối hợp. Hai tên chỉ một đơn vị (ví dụ viết tắt hoặc khác dấu gạch) có thể gộp lại: các dòng nhiệm vụ đi theo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gộp vào đơn vị khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
