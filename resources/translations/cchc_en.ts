<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Annex</name>
    <message>
        <source>Chưa rõ thời hạn: chương trình không đọc được ngày, tháng, quý hay năm nào trong cột này nên không theo dõi được quá hạn. Hãy ghi rõ, ví dụ «Trước ngày 31/7/2025» hoặc «Quý IV/2025».</source>
        <translation>Unclear deadline: the program cannot read any day, month, quarter or year in this column, so it cannot track whether the task is overdue. Please state it clearly, e.g. «Trước ngày 31/7/2025» (before 31/7/2025) or «Quý IV/2025» (Q4 2025).</translation>
    </message>
    <message>
        <source>Đọc được: {label}</source>
        <translation>Read as: {label}</translation>
    </message>
    <message>
        <source>Thời hạn này đã qua trước khi kỳ kế hoạch bắt đầu: hãy sửa lại cho kỳ này.</source>
        <translation>This deadline had already passed before the plan period began: please correct it for this period.</translation>
    </message>
</context>
<context>
    <name>AnnexActions</name>
    <message>
        <source>Thêm lĩnh vực</source>
        <translation>Add area</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ con</source>
        <translation>Add subtask</translation>
    </message>
    <message>
        <source>Thêm dòng cho nhiệm vụ</source>
        <translation>Add row to task</translation>
    </message>
    <message>
        <source>Biểu mẫu dòng…</source>
        <translation>Row form…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Chuyển lên</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Chuyển xuống</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Thụt vào (thành nhiệm vụ con)</source>
        <translation>Indent (make subtask)</translation>
    </message>
    <message>
        <source>Lùi ra</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Sao chép dòng</source>
        <translation>Copy rows</translation>
    </message>
    <message>
        <source>Dán dòng (từ Excel, Word)</source>
        <translation>Paste rows (from Excel, Word)</translation>
    </message>
    <message>
        <source>Sửa ô (F2, nhấp đúp hoặc gõ luôn)</source>
        <translation>Edit cell (F2, double-click or just start typing)</translation>
    </message>
    <message>
        <source>Đánh số lại từ 1 ở mỗi lĩnh vực</source>
        <translation>Restart numbering from 1 in each area</translation>
    </message>
    <message>
        <source>Đánh số liên tục qua các lĩnh vực</source>
        <translation>Number continuously across areas</translation>
    </message>
    <message>
        <source>Đã xóa {count} mục. Bấm Ctrl+Z để hoàn tác.</source>
        <translation>Deleted {count} items. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Đã sao chép {count} dòng: dán được vào Excel hoặc Word.</source>
        <translation>Copied {count} rows: you can paste them into Excel or Word.</translation>
    </message>
    <message>
        <source>Đã dán {counts}.</source>
        <translation>Pasted {counts}.</translation>
    </message>
    <message>
        <source>Đơn vị mới: {names}.</source>
        <translation>New units: {names}.</translation>
    </message>
    <message>
        <source>Tên lĩnh vực</source>
        <translation>Area name</translation>
    </message>
    <message>
        <source>Tên lĩnh vực:</source>
        <translation>Area name:</translation>
    </message>
    <message>
        <source>&amp;Phụ lục</source>
        <translation>&amp;Annex</translation>
    </message>
    <message>
        <source>Cách đánh số nhiệm vụ</source>
        <translation>Task numbering</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Thêm lĩnh vực, nhiệm vụ, nhiệm vụ con hoặc dòng</source>
        <translation>Add an area, task, subtask or row</translation>
    </message>
    <message>
        <source>Đánh số</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>Đánh số nhiệm vụ lại từ 1 ở mỗi lĩnh vực, hoặc liên tục</source>
        <translation>Number tasks from 1 in each area, or continuously</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Mở cửa sổ CCHC Desktop.</source>
        <translation>Open the CCHC Desktop window.</translation>
    </message>
    <message>
        <source>tự kiểm tra chương trình trong một thư mục tạm (cơ sở dữ liệu, tài liệu, gói nộp, cửa sổ), in kết quả rồi thoát; không đụng tới dữ liệu thật</source>
        <translation>self-test the program in a temporary folder (database, documents, upload packages, window), print the results and exit; real data is not touched</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu mới nhất</source>
        <translation>Restore the latest backup copy</translation>
    </message>
    <message>
        <source>Bắt đầu với dữ liệu trống</source>
        <translation>Start with empty data</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Đã khôi phục từ bản sao lưu lúc {when} ({contents}).</source>
        <translation>Restored from the backup copy of {when} ({contents}).</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu đang được một chương trình CCHC Desktop khác dùng:
{path}</source>
        <translation>The data folder is being used by another CCHC Desktop program:
{path}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Chưa có bản sao lưu nào. Bản đầu tiên được tạo trong vòng {minutes} phút sau lần thay đổi đầu tiên, khi đóng cửa sổ, hoặc ngay khi bấm «Sao lưu ngay».</source>
        <translation>There are no backup copies yet. The first one is made within {minutes} minutes of the first change, when the window is closed, or as soon as you click «Back up now».</translation>
    </message>
    <message>
        <source>Dữ liệu được lưu tại: {database}
Thư mục sao lưu: {folder}
Chương trình tự sao lưu mỗi {minutes} phút khi có thay đổi và khi đóng cửa sổ, giữ bản mới nhất theo ngày, tuần, tháng. Mỗi bản sao được kiểm tra toàn vẹn ngay sau khi ghi và kèm mã kiểm tra SHA-256, được đối chiếu lại trước khi khôi phục.</source>
        <translation>Data is stored in: {database}
Backup folder: {folder}
The program backs up automatically every {minutes} minutes when there are changes and when the window is closed, keeping the latest copy per day, week and month. Each copy is checked for integrity right after it is written and comes with a SHA-256 checksum, which is checked again before restoring.</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Đang sao lưu tự động…</source>
        <translation>Backing up automatically…</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Đã sao lưu vào:
{path}
({contents})</source>
        <translation>Backed up to:
{path}
({contents})</translation>
    </message>
    <message>
        <source>Chọn thư mục (ví dụ USB) để sao lưu</source>
        <translation>Choose a folder (e.g. a USB drive) for the backup</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Sao lưu CCHC (*.sqlite3);;Mọi tệp (*)</source>
        <translation>CCHC backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về bản sao lúc {when} ({contents})?
Trạng thái hiện tại sẽ được sao lưu trước để có thể quay lại.</source>
        <translation>Restore the data to the copy of {when} ({contents})?
The current state will be backed up first so you can go back to it.</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Sao lưu ra thư mục khác (USB)…</source>
        <translation>Back up to another folder (USB)…</translation>
    </message>
    <message>
        <source>Khôi phục bản đang chọn…</source>
        <translation>Restore the selected copy…</translation>
    </message>
    <message>
        <source>Khôi phục từ tệp…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>Danh sách bản sao lưu</source>
        <translation>Backup copies</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Chỉ kế hoạch đang chọn</source>
        <translation>Only the selected plan</translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <source>(toàn bộ dữ liệu)</source>
        <translation>(all data)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>sao lưu cơ sở dữ liệu ngay</source>
        <translation>back up the database now</translation>
    </message>
    <message>
        <source>Tạo một bản sao lưu đã kiểm tra toàn vẹn, kèm mã kiểm tra SHA-256.</source>
        <translation>Make a backup copy checked for integrity, with a SHA-256 checksum.</translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>ghi bản sao vào thư mục này (ví dụ USB) thay vì thư mục sao lưu</source>
        <translation>write the copy to this folder (e.g. USB) instead of the backup folder</translation>
    </message>
    <message>
        <source>liệt kê các bản sao lưu</source>
        <translation>list the backup copies</translation>
    </message>
    <message>
        <source>Các bản sao lưu: thời điểm, loại, dung lượng, nội dung, mã kiểm tra. Bản sao trước khi khôi phục được liệt kê riêng.</source>
        <translation>Backup copies: time, kind, size, contents, checksum. Copies made before a restore are listed separately.</translation>
    </message>
    <message>
        <source>in dạng JSON</source>
        <translation>print as JSON</translation>
    </message>
    <message>
        <source>khôi phục từ một bản sao lưu</source>
        <translation>restore from a backup copy</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu; trạng thái hiện tại được sao lưu trước. &apos;latest&apos;: bản tốt mới nhất (không tính các bản sao trước khi khôi phục).</source>
        <translation>Restore the data from a backup copy; the current state is backed up first. &apos;latest&apos;: the latest good copy (not counting copies made before a restore).</translation>
    </message>
    <message>
        <source>BẢN_SAO</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>tệp sao lưu, hoặc &apos;latest&apos; cho bản tốt mới nhất trong thư mục sao lưu</source>
        <translation>backup file, or &apos;latest&apos; for the latest good copy in the backup folder</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {path} ({contents}; đã kiểm tra toàn vẹn, mã SHA-256 ghi ở {path}.sha256).</source>
        <translation>Backed up to {path} ({contents}; integrity checked, SHA-256 checksum written to {path}.sha256).</translation>
    </message>
    <message>
        <source> (chưa có mã kiểm tra)</source>
        <translation> (no checksum yet)</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trong {folder}.</source>
        <translation>There are no backup copies in {folder} yet.</translation>
    </message>
    <message>
        <source>Bản sao trạng thái trước mỗi lần khôi phục (không dùng cho «restore latest»):</source>
        <translation>Copies of the state before each restore (not used by «restore latest»):</translation>
    </message>
    <message>
        <source>Đã khôi phục từ {name} (sao lưu lúc {when}, {kind}; {contents}).</source>
        <translation>Restored from {name} (backed up at {when}, {kind}; {contents}).</translation>
    </message>
    <message>
        <source>Trạng thái trước khi khôi phục được giữ ở {path}.</source>
        <translation>The state before the restore is kept in {path}.</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu không mở được trước đó được giữ nguyên ở {path}.</source>
        <translation>The database file that could not be opened is kept unchanged in {path}.</translation>
    </message>
    <message>
        <source>Đã khôi phục mà không cần mở cơ sở dữ liệu hỏng.</source>
        <translation>Restored without having to open the damaged database.</translation>
    </message>
    <message>
        <source>liệt kê các kế hoạch</source>
        <translation>list the plans</translation>
    </message>
    <message>
        <source>Liệt kê các kế hoạch trong cơ sở dữ liệu.</source>
        <translation>List the plans in the database.</translation>
    </message>
    <message>
        <source>in dạng JSON cho chương trình khác đọc</source>
        <translation>print as JSON for other programs to read</translation>
    </message>
    <message>
        <source>xuất một kế hoạch ra tệp JSON</source>
        <translation>export a plan to a JSON file</translation>
    </message>
    <message>
        <source>Xuất kế hoạch (định dạng trao đổi cchc-plan phiên bản 2, giữ nguyên mã định danh).</source>
        <translation>Export a plan (cchc-plan interchange format version 2, identifiers kept).</translation>
    </message>
    <message>
        <source>định dạng: {formats} (mặc định: theo đuôi tên tệp)</source>
        <translation>format: {formats} (default: from the file name extension)</translation>
    </message>
    <message>
        <source>tệp cần ghi</source>
        <translation>file to write</translation>
    </message>
    <message>
        <source>KẾ_HOẠCH</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>số thứ tự (ID) hoặc một phần tên kế hoạch</source>
        <translation>number (ID) or part of the plan name</translation>
    </message>
    <message>
        <source>xuất kế hoạch, phụ lục, báo cáo ra PDF, Excel hoặc Word</source>
        <translation>export a plan, annex or report to PDF, Excel or Word</translation>
    </message>
    <message>
        <source>Xuất tài liệu theo thể thức văn bản hành chính: kế hoạch (PDF, Word), phụ lục hoặc bảng nhiệm vụ đã lọc (PDF, Excel, Word), báo cáo tiến độ (PDF, Excel), báo cáo tự chấm điểm (PDF, Excel).</source>
        <translation>Export documents in the official administrative format: plan (PDF, Word), annex or filtered task table (PDF, Excel, Word), progress report (PDF, Excel), self-assessment scoring report (PDF, Excel).</translation>
    </message>
    <message>
        <source>TÀI_LIỆU</source>
        <translation>DOCUMENT</translation>
    </message>
    <message>
        <source>kế hoạch kèm phụ lục (pdf, docx)</source>
        <translation>plan with its annex (pdf, docx)</translation>
    </message>
    <message>
        <source>phụ lục nhiệm vụ, hoặc bảng nhiệm vụ đã lọc (pdf, xlsx, docx)</source>
        <translation>task annex, or filtered task table (pdf, xlsx, docx)</translation>
    </message>
    <message>
        <source>ĐƠN_VỊ</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>chỉ nhiệm vụ do đơn vị này chủ trì hoặc phối hợp (ghi nhiều lần được)</source>
        <translation>only tasks this unit leads or supports (can be given several times)</translation>
    </message>
    <message>
        <source>TRẠNG_THÁI</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>chỉ nhiệm vụ ở trạng thái này: not_started, in_progress, done, cancelled (hoặc tên tiếng Việt)</source>
        <translation>only tasks with this status: not_started, in_progress, done, cancelled (or the Vietnamese name)</translation>
    </message>
    <message>
        <source>LĨNH_VỰC</source>
        <translation>AREA</translation>
    </message>
    <message>
        <source>chỉ nhiệm vụ thuộc lĩnh vực này (I, II, …)</source>
        <translation>only tasks in this area (I, II, …)</translation>
    </message>
    <message>
        <source>DÒNG</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>dòng ghi dưới tên bảng</source>
        <translation>line written under the table title</translation>
    </message>
    <message>
        <source>báo cáo tiến độ quý, 6 tháng, năm (pdf, xlsx)</source>
        <translation>quarterly, six-month or yearly progress report (pdf, xlsx)</translation>
    </message>
    <message>
        <source>kỳ báo cáo: q1..q4, h1, h2 hoặc year (mặc định year)</source>
        <translation>reporting period: q1..q4, h1, h2 or year (default year)</translation>
    </message>
    <message>
        <source>NGÀY</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>số liệu tính đến ngày (mặc định: hôm nay hoặc cuối kỳ)</source>
        <translation>figures as of this date (default: today or the end of the period)</translation>
    </message>
    <message>
        <source>báo cáo tự chấm điểm Chỉ số CCHC (pdf, xlsx)</source>
        <translation>CCHC reform index self-assessment scoring report (pdf, xlsx)</translation>
    </message>
    <message>
        <source>BẢN_CHẤM_ĐIỂM</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>số ID của bản chấm điểm</source>
        <translation>ID number of the assessment</translation>
    </message>
    <message>
        <source>gói nộp: tạo, kiểm tra</source>
        <translation>upload packages: create, check</translation>
    </message>
    <message>
        <source>Gói nộp (.zip) gồm kế hoạch, phụ lục, báo cáo, tài liệu kiểm chứng, dữ liệu JSON và danh mục manifest.json có mã kiểm tra SHA-256 của từng tệp.</source>
        <translation>An upload package (.zip) contains the plan, annex, reports, evidence documents, JSON data and a manifest.json listing the SHA-256 checksum of each file.</translation>
    </message>
    <message>
        <source>tạo gói nộp</source>
        <translation>create an upload package</translation>
    </message>
    <message>
        <source>kèm bản chấm điểm này (báo cáo, dữ liệu, tài liệu kiểm chứng)</source>
        <translation>include this assessment (report, data, evidence documents)</translation>
    </message>
    <message>
        <source>tệp .zip cần ghi</source>
        <translation>.zip file to write</translation>
    </message>
    <message>
        <source>không kèm tài liệu kiểm chứng</source>
        <translation>do not include evidence documents</translation>
    </message>
    <message>
        <source>kiểm tra gói nộp còn đầy đủ, nguyên vẹn</source>
        <translation>check that an upload package is complete and intact</translation>
    </message>
    <message>
        <source>tệp .zip cần kiểm tra</source>
        <translation>.zip file to check</translation>
    </message>
    <message>
        <source>danh sách gói nộp: chưa gửi, đã gửi</source>
        <translation>list of upload packages: not sent, sent</translation>
    </message>
    <message>
        <source>Các gói nộp đã chuẩn bị, chưa gửi hoặc đã gửi (khi nào, ghi chú).</source>
        <translation>The upload packages prepared, not sent yet or sent (when, notes).</translation>
    </message>
    <message>
        <source>đánh dấu một gói đã gửi</source>
        <translation>mark a package as sent</translation>
    </message>
    <message>
        <source>GÓI</source>
        <translation>PACKAGE</translation>
    </message>
    <message>
        <source>số ID, tên tệp hoặc đường dẫn của gói</source>
        <translation>ID number, file name or path of the package</translation>
    </message>
    <message>
        <source>GHI_CHÚ</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>ghi chú (gửi qua đâu, cho ai)</source>
        <translation>note (sent how, to whom)</translation>
    </message>
    <message>
        <source>Đã xuất {document} {title} ra {path}</source>
        <translation>Exported {document} {title} to {path}</translation>
    </message>
    <message>
        <source>Đã tạo gói nộp {path} ({size}): {documents} văn bản, {evidence} tài liệu kiểm chứng, {data} tệp dữ liệu. Gói số {id} trong danh sách chờ gửi («cchc outbox»).</source>
        <translation>Created upload package {path} ({size}): {documents} documents, {evidence} evidence documents, {data} data files. Package number {id} in the list waiting to be sent («cchc outbox»).</translation>
    </message>
    <message>
        <source>Chưa có gói nộp nào («cchc package create» để tạo).</source>
        <translation>There are no upload packages yet («cchc package create» to create one).</translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>đã gửi {when}</source>
        <translation>sent {when}</translation>
    </message>
    <message>
        <source>(tệp không còn ở đó)</source>
        <translation>(file no longer there)</translation>
    </message>
    <message>
        <source>Đã đánh dấu gói {id} «{name}» là đã gửi.</source>
        <translation>Marked package {id} «{name}» as sent.</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>tệp JSON cần ghi (&apos;-&apos; để in ra màn hình)</source>
        <translation>JSON file to write (&apos;-&apos; to print to the screen)</translation>
    </message>
    <message>
        <source>nhập một kế hoạch từ tệp JSON</source>
        <translation>import a plan from a JSON file</translation>
    </message>
    <message>
        <source>Nhập kế hoạch từ tệp JSON (định dạng cchc-plan phiên bản 1 hoặc 2).</source>
        <translation>Import a plan from a JSON file (cchc-plan format version 1 or 2).</translation>
    </message>
    <message>
        <source>tệp JSON cần nhập</source>
        <translation>JSON file to import</translation>
    </message>
    <message>
        <source>chỉ kiểm tra, không ghi gì</source>
        <translation>only check, write nothing</translation>
    </message>
    <message>
        <source>nhập thành một bản sao với mã định danh mới (khi kế hoạch đã có ở đây)</source>
        <translation>import as a copy with new identifiers (when the plan already exists here)</translation>
    </message>
    <message>
        <source>in kết quả dạng JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <source>nhập bảng phụ lục nhiệm vụ từ Excel hoặc Word</source>
        <translation>import an annex task table from Excel or Word</translation>
    </message>
    <message>
        <source>Nhập bảng phụ lục nhiệm vụ (TT, Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Chủ trì, Phối hợp, Thời gian, Kinh phí) từ tệp .xlsx, .docx hoặc văn bản tách bằng Tab, vào một kế hoạch mới hoặc một kế hoạch đã có.</source>
        <translation>Import an annex task table (No., Goal, Task, Activity, Result/Output, Lead, Supporting, Deadline, Budget) from a .xlsx or .docx file or Tab-separated text, into a new plan or an existing one.</translation>
    </message>
    <message>
        <source>tệp .xlsx, .docx (hoặc .tsv); &apos;-&apos; để đọc bảng dán (tách bằng Tab) từ đầu vào</source>
        <translation>.xlsx, .docx (or .tsv) file; &apos;-&apos; to read a pasted (Tab-separated) table from standard input</translation>
    </message>
    <message>
        <source>thêm vào kế hoạch đã có (số ID hoặc một phần tên)</source>
        <translation>add to an existing plan (ID number or part of the name)</translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>tạo kế hoạch mới với tên này (mặc định: tên phụ lục trong tệp, hoặc tên tệp)</source>
        <translation>create a new plan with this name (default: the annex title in the file, or the file name)</translation>
    </message>
    <message>
        <source>SỐ</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>số thứ tự của bảng (hoặc trang tính) cần nhập; mặc định tự tìm</source>
        <translation>number of the table (or worksheet) to import; found automatically by default</translation>
    </message>
    <message>
        <source>chỉ xem trước, không ghi gì</source>
        <translation>preview only, write nothing</translation>
    </message>
    <message>
        <source>in bản xem trước (cách gán cột, số lượng, đơn vị mới, cảnh báo) dạng JSON</source>
        <translation>print the preview (column mapping, counts, new units, warnings) as JSON</translation>
    </message>
    <message>
        <source>xóa một kế hoạch (vào thùng rác)</source>
        <translation>delete a plan (move it to the trash)</translation>
    </message>
    <message>
        <source>Chuyển kế hoạch vào thùng rác; khôi phục bằng «cchc trash restore».</source>
        <translation>Move a plan to the trash; restore it with «cchc trash restore».</translation>
    </message>
    <message>
        <source>thùng rác: xem, khôi phục, dọn</source>
        <translation>trash: view, restore, empty</translation>
    </message>
    <message>
        <source>Các kế hoạch đã xóa. «cchc trash» liệt kê; «cchc trash restore KẾ_HOẠCH» khôi phục nguyên vẹn (cùng mã định danh); «cchc trash empty» xóa hẳn.</source>
        <translation>Deleted plans. «cchc trash» lists them; «cchc trash restore PLAN» restores one intact (same identifiers); «cchc trash empty» deletes them permanently.</translation>
    </message>
    <message>
        <source>VIỆC</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>khôi phục một kế hoạch</source>
        <translation>restore a plan</translation>
    </message>
    <message>
        <source>số ID hoặc một phần tên kế hoạch trong thùng rác</source>
        <translation>ID number or part of the name of a plan in the trash</translation>
    </message>
    <message>
        <source>xóa hẳn mọi kế hoạch trong thùng rác</source>
        <translation>permanently delete all plans in the trash</translation>
    </message>
    <message>
        <source>xem nhật ký thay đổi</source>
        <translation>view the change log</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi: khi nào, ai, làm gì, giá trị cũ và mới.</source>
        <translation>Change log: when, who, what, old and new values.</translation>
    </message>
    <message>
        <source>chỉ các thay đổi của kế hoạch này (ID hoặc một phần tên)</source>
        <translation>only the changes to this plan (ID or part of the name)</translation>
    </message>
    <message>
        <source>chỉ N dòng mới nhất</source>
        <translation>only the N most recent lines</translation>
    </message>
    <message>
        <source>danh mục đơn vị</source>
        <translation>list of units</translation>
    </message>
    <message>
        <source>Danh mục đơn vị và số dòng nhiệm vụ nêu tên mỗi đơn vị.</source>
        <translation>List of units and the number of task rows naming each unit.</translation>
    </message>
    <message>
        <source>đặt tên người dùng ghi vào nhật ký</source>
        <translation>set the user name written to the log</translation>
    </message>
    <message>
        <source>Tên người dùng được ghi vào nhật ký thay đổi.</source>
        <translation>The user name written to the change log.</translation>
    </message>
    <message>
        <source>tạo cơ sở dữ liệu (hoặc bắt đầu lại với dữ liệu trống)</source>
        <translation>create the database (or start over with empty data)</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu trong thư mục dữ liệu. Với --empty: bắt đầu với dữ liệu trống dù thư mục cho thấy trước đây đã có dữ liệu (tệp cũ, nếu còn, được giữ lại bên cạnh).</source>
        <translation>Create the database in the data folder. With --empty: start with empty data even if the folder shows there was data before (the old file, if still there, is kept alongside).</translation>
    </message>
    <message>
        <source>chấp nhận bắt đầu với dữ liệu trống</source>
        <translation>agree to start with empty data</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Tên kế hoạch</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch nào. Dùng «cchc import-json TỆP», «cchc import-annex TỆP» hoặc «cchc --demo plans».</source>
        <translation>There are no plans yet. Use «cchc import-json FILE», «cchc import-annex FILE» or «cchc --demo plans».</translation>
    </message>
    <message>
        <source>Đã xuất kế hoạch {id} «{title}» ra {path}</source>
        <translation>Exported plan {id} «{title}» to {path}</translation>
    </message>
    <message>
        <source>Tệp hợp lệ: «{title}» ({counts}). Chưa ghi gì (--dry-run).</source>
        <translation>Valid file: «{title}» ({counts}). Nothing written (--dry-run).</translation>
    </message>
    <message>
        <source>Đã nhập kế hoạch {id}: «{title}» ({counts}).</source>
        <translation>Imported plan {id}: «{title}» ({counts}).</translation>
    </message>
    <message>
        <source>Bảng: «{name}» (bảng {number}/{count}, {rows} dòng × {columns} cột), dòng tiêu đề {header}</source>
        <translation>Table: «{name}» (table {number}/{count}, {rows} rows × {columns} columns), header row {header}</translation>
    </message>
    <message>
        <source>Các cột:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Không nhập: {column}</source>
        <translation>Not imported: {column}</translation>
    </message>
    <message>
        <source>Tên phụ lục: {title}</source>
        <translation>Annex title: {title}</translation>
    </message>
    <message>
        <source>Theo lĩnh vực:</source>
        <translation>By area:</translation>
    </message>
    <message>
        <source>Tổng: {counts}</source>
        <translation>Total: {counts}</translation>
    </message>
    <message>
        <source>Đơn vị mới, sẽ thêm vào danh mục ({count}):</source>
        <translation>New units, to be added to the list ({count}):</translation>
    </message>
    <message>
        <source>Chưa ghi gì (--dry-run).</source>
        <translation>Nothing written (--dry-run).</translation>
    </message>
    <message>
        <source>Đã tạo kế hoạch {id}: «{title}» ({period}; {counts}).</source>
        <translation>Created plan {id}: «{title}» ({period}; {counts}).</translation>
    </message>
    <message>
        <source>Đã thêm {counts} vào kế hoạch {id}.</source>
        <translation>Added {counts} to plan {id}.</translation>
    </message>
    <message>
        <source>Đã chuyển kế hoạch {id} «{title}» vào thùng rác (khôi phục: cchc trash restore {id}).</source>
        <translation>Moved plan {id} «{title}» to the trash (to restore: cchc trash restore {id}).</translation>
    </message>
    <message>
        <source>Thùng rác trống.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>{id}  xóa lúc {when}  {title} ({counts})</source>
        <translation>{id}  deleted {when}  {title} ({counts})</translation>
    </message>
    <message>
        <source>Đã khôi phục kế hoạch {id} «{title}» từ thùng rác.</source>
        <translation>Restored plan {id} «{title}» from the trash.</translation>
    </message>
    <message>
        <source>Đã xóa hẳn {count} kế hoạch (bản sao lưu tự động vừa tạo vẫn giữ chúng).</source>
        <translation>Permanently deleted {count} plans (the automatic backup copy just made still keeps them).</translation>
    </message>
    <message>
        <source>Nhật ký chưa có thay đổi nào.</source>
        <translation>The log has no changes yet.</translation>
    </message>
    <message>
        <source>(toàn bộ dữ liệu)</source>
        <translation>(all data)</translation>
    </message>
    <message>
        <source>Tên người dùng ghi vào nhật ký: {name}</source>
        <translation>User name written to the log: {name}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu sẵn sàng: {path}</source>
        <translation>Database ready: {path}</translation>
    </message>
    <message>
        <source>thư mục dữ liệu (mặc định: biến môi trường {env} hoặc thư mục dữ liệu của người dùng)</source>
        <translation>data folder (default: the {env} environment variable or the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>nạp kế hoạch mẫu (xã Cửa Tùng) nếu cơ sở dữ liệu còn trống</source>
        <translation>load the sample plan (Cửa Tùng commune) if the database is still empty</translation>
    </message>
    <message>
        <source>CCHC Desktop – làm việc với kế hoạch CCHC không cần cửa sổ.</source>
        <translation>CCHC Desktop – work with administrative reform (CCHC) plans without a window.</translation>
    </message>
    <message>
        <source>in phiên bản rồi thoát</source>
        <translation>print the version and exit</translation>
    </message>
    <message>
        <source>bộ tiêu chí chấm điểm Chỉ số CCHC</source>
        <translation>CCHC reform index scoring criteria sets</translation>
    </message>
    <message>
        <source>Bộ tiêu chí: mẫu trống, nhập từ Excel, xem, xếp loại.</source>
        <translation>Criteria sets: blank template, import from Excel, view, grading.</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>tự đánh giá, chấm điểm Chỉ số CCHC</source>
        <translation>CCHC reform index self-assessment and scoring</translation>
    </message>
    <message>
        <source>Bản tự đánh giá: tạo, chấm, phiếu Excel, chốt, lần chấm mới.</source>
        <translation>Self-assessments: create, score, Excel form, finalise, new scoring round.</translation>
    </message>
    <message>
        <source>tạo bản tự đánh giá</source>
        <translation>create a self-assessment</translation>
    </message>
    <message>
        <source>BỘ</source>
        <translation>SET</translation>
    </message>
    <message>
        <source>bộ tiêu chí (ID, «mau» hoặc tên)</source>
        <translation>criteria set (ID, «mau» or name)</translation>
    </message>
    <message>
        <source>NĂM</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>kế hoạch cho các tiêu chí lấy số liệu từ sổ nhiệm vụ</source>
        <translation>plan for the criteria that take their figures from the task register</translation>
    </message>
    <message>
        <source>CƠ_QUAN</source>
        <translation>BODY</translation>
    </message>
    <message>
        <source>cơ quan tự đánh giá (mặc định theo cài đặt)</source>
        <translation>body doing the self-assessment (default from the settings)</translation>
    </message>
    <message>
        <source>tổng hợp điểm theo lĩnh vực, chỉ số, xếp loại</source>
        <translation>summary of points by area, index, grade</translation>
    </message>
    <message>
        <source>những việc cần xem trước khi chốt</source>
        <translation>things to review before finalising</translation>
    </message>
    <message>
        <source>điểm bị mất khi thẩm định, theo tiêu chí và lĩnh vực</source>
        <translation>points lost in appraisal, by criterion and area</translation>
    </message>
    <message>
        <source>mở lần chấm mới từ bản đã chốt (bản cũ giữ nguyên)</source>
        <translation>open a new scoring round from a finalised one (the old one is kept unchanged)</translation>
    </message>
    <message>
        <source>liệt kê các bản chấm điểm</source>
        <translation>list the assessments</translation>
    </message>
    <message>
        <source>lịch sử thay đổi điểm của một tiêu chí</source>
        <translation>history of score changes for a criterion</translation>
    </message>
    <message>
        <source>chấm một tiêu chí</source>
        <translation>score a criterion</translation>
    </message>
    <message>
        <source>số liệu: «có», «đúng hạn», «118/120», «5»</source>
        <translation>figure: «yes», «đúng hạn» (on time), «118/120», «5»</translation>
    </message>
    <message>
        <source>điểm tự chấm (&apos;&apos; để xóa)</source>
        <translation>self-score (&apos;&apos; to clear)</translation>
    </message>
    <message>
        <source>đánh dấu không áp dụng, kèm lý do</source>
        <translation>mark as not applicable, with a reason</translation>
    </message>
    <message>
        <source>bỏ đánh dấu không áp dụng</source>
        <translation>unmark not applicable</translation>
    </message>
    <message>
        <source>giải trình</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>lý do chấm khác cách chấm hoặc khác sổ nhiệm vụ</source>
        <translation>reason the score differs from the scoring rule or from the task register</translation>
    </message>
    <message>
        <source>lấy số liệu từ sổ nhiệm vụ</source>
        <translation>take the figure from the task register</translation>
    </message>
    <message>
        <source>ghi điểm thẩm định của tỉnh</source>
        <translation>record the province&apos;s appraisal score</translation>
    </message>
    <message>
        <source>điểm thẩm định (&apos;&apos; để xóa)</source>
        <translation>appraisal score (&apos;&apos; to clear)</translation>
    </message>
    <message>
        <source>nhận xét của tỉnh</source>
        <translation>the province&apos;s comment</translation>
    </message>
    <message>
        <source>tỉnh yêu cầu giải trình</source>
        <translation>the province asks for an explanation</translation>
    </message>
    <message>
        <source>giải trình của xã trả lời lần thẩm định này</source>
        <translation>the commune&apos;s explanation in reply to this appraisal</translation>
    </message>
    <message>
        <source>ghi phiếu chấm điểm Excel</source>
        <translation>write the Excel scoring form</translation>
    </message>
    <message>
        <source>nhập phiếu chấm điểm đã điền (sai một chỗ là không nhập gì)</source>
        <translation>import a filled-in scoring form (a single error means nothing is imported)</translation>
    </message>
    <message>
        <source>chỉ liệt kê thay đổi, không ghi gì</source>
        <translation>only list the changes, write nothing</translation>
    </message>
    <message>
        <source>chốt bản tự đánh giá (chỉ đọc)</source>
        <translation>finalise the self-assessment (read-only)</translation>
    </message>
    <message>
        <source>chốt dù danh sách kiểm tra còn việc</source>
        <translation>finalise even if the checklist still has items</translation>
    </message>
    <message>
        <source>đưa tiêu chí mất điểm vào kế hoạch năm sau</source>
        <translation>add the criteria that lost points to next year&apos;s plan</translation>
    </message>
    <message>
        <source>đã chốt</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>đang chấm</source>
        <translation>being scored</translation>
    </message>
    <message>
        <source> [bộ mẫu]</source>
        <translation> [sample set]</translation>
    </message>
    <message>
        <source>{year}  {body} – lần {revision} ({state}) – {set}{sample}</source>
        <translation>{year}  {body} – round {revision} ({state}) – {set}{sample}</translation>
    </message>
    <message>
        <source>Chưa có bản chấm điểm nào («cchc assessment create --criteria mau --year NĂM»).</source>
        <translation>There are no assessments yet («cchc assessment create --criteria mau --year YEAR»).</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Được tính</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Tự chấm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <source>Thẩm định</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Tổng: {total}/{maximum} điểm (thưởng {bonus}, trừ {penalty}); chỉ số {index}; xếp loại {grade}.</source>
        <translation>Total: {total}/{maximum} points (bonus {bonus}, penalty {penalty}); index {index}; grade {grade}.</translation>
    </message>
    <message>
        <source>Chờ điểm của tỉnh: {codes}.</source>
        <translation>Waiting for the province&apos;s points: {codes}.</translation>
    </message>
    <message>
        <source>Thẩm định: {total} điểm ({percent}) {grade}</source>
        <translation>Appraisal: {total} points ({percent}) {grade}</translation>
    </message>
    <message>
        <source>Không còn việc nào cần xem; có thể chốt.</source>
        <translation>Nothing left to review; you can finalise.</translation>
    </message>
    <message>
        <source>Không có tiêu chí nào bị mất điểm (hoặc chưa có điểm thẩm định).</source>
        <translation>No criterion has lost points (or there are no appraisal scores yet).</translation>
    </message>
    <message>
        <source>Tiêu chí này chưa có thay đổi nào.</source>
        <translation>This criterion has no changes yet.</translation>
    </message>
    <message>
        <source>{code}: {points}/{maximum} điểm; tổng {total}, chỉ số {index}</source>
        <translation>{code}: {points}/{maximum} points; total {total}, index {index}</translation>
    </message>
    <message>
        <source>Đã ghi phiếu chấm điểm ra {path}</source>
        <translation>Wrote the scoring form to {path}</translation>
    </message>
    <message>
        <source>Phiếu không có thay đổi nào.</source>
        <translation>The form has no changes.</translation>
    </message>
    <message>
        <source>Chạy thử: {count} thay đổi, chưa ghi gì.</source>
        <translation>Trial run: {count} changes, nothing written.</translation>
    </message>
    <message>
        <source>Đã ghi {count} thay đổi.</source>
        <translation>Wrote {count} changes.</translation>
    </message>
    <message>
        <source>Đã chốt bản chấm điểm {id} (chỉ đọc).</source>
        <translation>Finalised assessment {id} (read-only).</translation>
    </message>
    <message>
        <source>Đã thêm {count} nhiệm vụ vào kế hoạch «{title}».</source>
        <translation>Added {count} tasks to plan «{title}».</translation>
    </message>
    <message>
        <source>các lệnh</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>Cảnh báo: {message}</source>
        <translation>Warning: {message}</translation>
    </message>
    <message>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi: {detail}. Hãy báo cho nhóm phát triển.</source>
        <translation>Unexpected error: {detail}. Please report it to the development team.</translation>
    </message>
    <message>
        <source>liệt kê nhiệm vụ của một kế hoạch (lọc, tìm kiếm)</source>
        <translation>list the tasks of a plan (filter, search)</translation>
    </message>
    <message>
        <source>Các dòng nhiệm vụ theo thứ tự phụ lục, với tiến độ và thời hạn đã đọc. Tìm kiếm không cần dấu («dia chinh» tìm được «Địa chính»).</source>
        <translation>The task rows in annex order, with progress and the deadlines as read. Search ignores diacritics («dia chinh» finds «Địa chính»).</translation>
    </message>
    <message>
        <source>CHỮ</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>tìm trong nội dung, đơn vị, thời gian, ghi chú</source>
        <translation>search in content, units, deadline, notes</translation>
    </message>
    <message>
        <source>not_started, in_progress, done, cancelled (nhiều giá trị cách nhau bằng dấu phẩy)</source>
        <translation>not_started, in_progress, done, cancelled (several values separated by commas)</translation>
    </message>
    <message>
        <source>đơn vị chủ trì hoặc phối hợp</source>
        <translation>lead or supporting unit</translation>
    </message>
    <message>
        <source>MÃ</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>lĩnh vực (I, II, …)</source>
        <translation>area (I, II, …)</translation>
    </message>
    <message>
        <source>LOẠI</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>deadline, range, recurring, continuous, unknown</source>
        <translation>deadline, range, recurring, continuous, unknown</translation>
    </message>
    <message>
        <source>NHÃN</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>chỉ các dòng có nhãn này</source>
        <translation>only rows with this label</translation>
    </message>
    <message>
        <source>chỉ các dòng quá hạn mà chưa hoàn thành hoặc hủy</source>
        <translation>only overdue rows that are not done or cancelled</translation>
    </message>
    <message>
        <source>SỐ_NGÀY</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>chỉ các dòng đến hạn trong số ngày tới</source>
        <translation>only rows falling due within this many days</translation>
    </message>
    <message>
        <source>ghi tiến độ một dòng nhiệm vụ</source>
        <translation>record the progress of a task row</translation>
    </message>
    <message>
        <source>Ghi trạng thái, ngày hoàn thành, kết quả, lý do và tài liệu kiểm chứng của một dòng nhiệm vụ: một thay đổi, ghi vào nhật ký. Nhiệm vụ không thực hiện (cancelled) phải có lý do.</source>
        <translation>Record the status, completion date, result, reason and evidence documents of a task row: one change, written to the log. A task not carried out (cancelled) must have a reason.</translation>
    </message>
    <message>
        <source>MÃ_DÒNG</source>
        <translation>ROW_ID</translation>
    </message>
    <message>
        <source>mã (UUID) của dòng, xem «cchc tasks --json»</source>
        <translation>ID (UUID) of the row, see «cchc tasks --json»</translation>
    </message>
    <message>
        <source>not_started, in_progress, done hoặc cancelled</source>
        <translation>not_started, in_progress, done or cancelled</translation>
    </message>
    <message>
        <source>ngày hoàn thành (YYYY-MM-DD; mặc định: hôm nay)</source>
        <translation>completion date (YYYY-MM-DD; default: today)</translation>
    </message>
    <message>
        <source>KẾT_QUẢ</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>kết quả thực hiện</source>
        <translation>result achieved</translation>
    </message>
    <message>
        <source>LÝ_DO</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>lý do (bắt buộc khi không thực hiện)</source>
        <translation>reason (required when not carried out)</translation>
    </message>
    <message>
        <source>tệp tài liệu kiểm chứng đính kèm</source>
        <translation>evidence document file to attach</translation>
    </message>
    <message>
        <source>tổng hợp tiến độ theo lĩnh vực</source>
        <translation>progress summary by area</translation>
    </message>
    <message>
        <source>Số dòng, hoàn thành, đang thực hiện, quá hạn, chưa thực hiện và tỷ lệ hoàn thành theo lĩnh vực.</source>
        <translation>Number of rows, done, in progress, overdue, not started and completion rate by area.</translation>
    </message>
    <message>
        <source>sắp đến hạn: trong số ngày tới (mặc định 14)</source>
        <translation>due soon: within this many days (default 14)</translation>
    </message>
    <message>
        <source>{count} dòng (tính đến {date}; [x] hoàn thành, [~] đang làm, [-] không thực hiện, [!] quá hạn).</source>
        <translation>{count} rows (as of {date}; [x] done, [~] in progress, [-] not carried out, [!] overdue).</translation>
    </message>
    <message>
        <source>Không có gì thay đổi.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Đã ghi: {label}.</source>
        <translation>Recorded: {label}.</translation>
    </message>
    <message>
        <source>{title} — tính đến {date}</source>
        <translation>{title} — as of {date}</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Đang</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Cả kế hoạch</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <source>Chỉ tiêu: {met}/{total} đạt, {not_met} chưa đạt.</source>
        <translation>Targets: {met}/{total} met, {not_met} not met.</translation>
    </message>
    <message>
        <source>tự kiểm tra chương trình trong một thư mục tạm</source>
        <translation>self-test the program in a temporary folder</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu trong một thư mục tạm, nạp kế hoạch mẫu, ghi tiến độ kèm tài liệu kiểm chứng, chấm điểm theo bộ tiêu chí mẫu, xuất mọi tài liệu (PDF, Excel, Word) rồi đọc lại, tạo và kiểm tra gói nộp, sao lưu. Không đụng tới thư mục dữ liệu thật. Mỗi mục một dòng (✓ đạt, ✗ không đạt); mã thoát 0 khi mọi mục đều đạt.</source>
        <translation>Create a database in a temporary folder, load the sample plan, record progress with evidence documents, score against the sample criteria set, export every document (PDF, Excel, Word) and read it back, create and check an upload package, back up. The real data folder is not touched. One line per item (✓ passed, ✗ failed); exit code 0 when every item passes.</translation>
    </message>
    <message>
        <source>giữ lại thư mục tạm (tài liệu, gói nộp) để xem</source>
        <translation>keep the temporary folder (documents, upload packages) for inspection</translation>
    </message>
    <message>
        <source>in kết quả dạng JSON cho chương trình khác đọc</source>
        <translation>print the result as JSON for other programs to read</translation>
    </message>
    <message>
        <source>ghi tệp Excel bộ tiêu chí trống (kèm hướng dẫn cách chấm)</source>
        <translation>write a blank criteria set Excel file (with scoring guidance)</translation>
    </message>
    <message>
        <source>nhập bộ tiêu chí từ tệp Excel (sai một chỗ là không nhập gì)</source>
        <translation>import a criteria set from an Excel file (a single error means nothing is imported)</translation>
    </message>
    <message>
        <source>tên bộ tiêu chí</source>
        <translation>criteria set name</translation>
    </message>
    <message>
        <source>năm áp dụng</source>
        <translation>year it applies to</translation>
    </message>
    <message>
        <source>dùng bộ tiêu chí mẫu đi kèm</source>
        <translation>use the bundled sample criteria set</translation>
    </message>
    <message>
        <source>liệt kê các bộ tiêu chí</source>
        <translation>list the criteria sets</translation>
    </message>
    <message>
        <source>xem một bộ tiêu chí</source>
        <translation>view a criteria set</translation>
    </message>
    <message>
        <source>số ID, «mau» hoặc một phần tên</source>
        <translation>ID number, «mau» or part of the name</translation>
    </message>
    <message>
        <source>in dạng JSON (định dạng cchc-criteria)</source>
        <translation>print as JSON (cchc-criteria format)</translation>
    </message>
    <message>
        <source>xem hoặc sửa các mức xếp loại</source>
        <translation>view or edit the grading levels</translation>
    </message>
    <message>
        <source>TÊN=NGƯỠNG</source>
        <translation>NAME=THRESHOLD</translation>
    </message>
    <message>
        <source>ví dụ: Tốt=80 Khá=70 …</source>
        <translation>grade names of the set, e.g. «Tốt=80» «Khá=70» …</translation>
    </message>
    <message>
        <source>hạn ban hành kế hoạch CCHC năm (mặc định 31/12 năm trước)</source>
        <translation>deadline for issuing the yearly administrative reform (CCHC) plan (default 31/12 of the previous year)</translation>
    </message>
    <message>
        <source>31/12, 15/01/2026 hoặc &apos;&apos;</source>
        <translation>31/12, 15/01/2026 or &apos;&apos;</translation>
    </message>
    <message>
        <source> [MẪU, không chính thức]</source>
        <translation> [SAMPLE, unofficial]</translation>
    </message>
    <message>
        <source>, lần {version}</source>
        <translation>, version {version}</translation>
    </message>
    <message>
        <source>{year}  {name}{sample} – {issuer}{version}; {leaves} tiêu chí, {maximum} điểm</source>
        <translation>{year}  {name}{sample} – {issuer}{version}; {leaves} criteria, {maximum} points</translation>
    </message>
    <message>
        <source>Đã ghi mẫu bộ tiêu chí trống ra {path}</source>
        <translation>Wrote the blank criteria set template to {path}</translation>
    </message>
    <message>
        <source>Tệp hợp lệ (chưa ghi): «{name}», năm {year}, {leaves} tiêu chí, {maximum} điểm.</source>
        <translation>Valid file (not written): «{name}», year {year}, {leaves} criteria, {maximum} points.</translation>
    </message>
    <message>
        <source>Đã nhập bộ tiêu chí {id}:</source>
        <translation>Imported criteria set {id}:</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí nào.</source>
        <translation>There are no criteria sets yet.</translation>
    </message>
    <message>
        <source>được KAD</source>
        <translation>N/A allowed</translation>
    </message>
    <message>
        <source>tỉnh chấm</source>
        <translation>scored by the province</translation>
    </message>
    <message>
        <source>Xếp loại: {tiers}</source>
        <translation>Grades: {tiers}</translation>
    </message>
    <message>
        <source>Hạn ban hành kế hoạch của bộ «{name}»: {date}</source>
        <translation>Plan issuing deadline of set «{name}»: {date}</translation>
    </message>
    <message>
        <source>31/12 năm trước (mặc định)</source>
        <translation>31/12 of the previous year (default)</translation>
    </message>
    <message>
        <source>kho tài liệu kiểm chứng: liệt kê, kiểm tra, đính kèm</source>
        <translation>evidence document store: list, check, attach</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng lưu trong thư mục dữ liệu (evidence/), mỗi tệp theo mã SHA-256.</source>
        <translation>Evidence documents are stored in the data folder (evidence/), each file by its SHA-256 checksum.</translation>
    </message>
    <message>
        <source>kiểm tra mọi tệp theo mã băm</source>
        <translation>check every file against its hash</translation>
    </message>
    <message>
        <source>liệt kê tài liệu</source>
        <translation>list the documents</translation>
    </message>
    <message>
        <source>đính kèm một tệp vào một dòng</source>
        <translation>attach a file to a row</translation>
    </message>
    <message>
        <source>số hiệu văn bản (125/QĐ-UBND)</source>
        <translation>document number (e.g. «125/QĐ-UBND»)</translation>
    </message>
    <message>
        <source>ngày ban hành</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <source>cơ quan ban hành</source>
        <translation>issuing body</translation>
    </message>
    <message>
        <source>trích yếu</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>bỏ một tài liệu khỏi một dòng</source>
        <translation>remove a document from a row</translation>
    </message>
    <message>
        <source>MÃ_TÀI_LIỆU</source>
        <translation>DOCUMENT_ID</translation>
    </message>
    <message>
        <source>Đã kiểm tra {count} tệp trong {folder}.</source>
        <translation>Checked {count} files in {folder}.</translation>
    </message>
    <message>
        <source>Thiếu tệp: {sha}</source>
        <translation>Missing file: {sha}</translation>
    </message>
    <message>
        <source>Tệp bị thay đổi (không khớp mã băm): {sha}</source>
        <translation>File changed (hash does not match): {sha}</translation>
    </message>
    <message>
        <source>Mọi tệp đều khớp mã băm.</source>
        <translation>All files match their hashes.</translation>
    </message>
    <message>
        <source>Chưa có tài liệu kiểm chứng nào.</source>
        <translation>There are no evidence documents yet.</translation>
    </message>
    <message>
        <source>tính quá hạn, sắp đến hạn theo ngày này (YYYY-MM-DD; mặc định: hôm nay)</source>
        <translation>count overdue and due soon as of this date (YYYY-MM-DD; default: today)</translation>
    </message>
    <message>
        <source>chỉ tiêu của kế hoạch (xem, gợi ý từ văn bản)</source>
        <translation>targets of a plan (view, suggest from the text)</translation>
    </message>
    <message>
        <source>Các chỉ tiêu theo lĩnh vực; --suggest: các chỉ tiêu đọc được từ nội dung kế hoạch.</source>
        <translation>Targets by area; --suggest: the targets read from the plan&apos;s content.</translation>
    </message>
    <message>
        <source>gợi ý chỉ tiêu từ nội dung kế hoạch</source>
        <translation>suggest targets from the plan&apos;s content</translation>
    </message>
    <message>
        <source>cùng --suggest: thêm mọi gợi ý vào kế hoạch</source>
        <translation>with --suggest: add every suggestion to the plan</translation>
    </message>
    <message>
        <source>nhân bản kế hoạch cho kỳ sau</source>
        <translation>duplicate a plan for the next period</translation>
    </message>
    <message>
        <source>Sao chép lĩnh vực, nhiệm vụ, các dòng và chỉ tiêu sang kế hoạch kỳ sau; tiến độ để trống.</source>
        <translation>Copy the areas, tasks, rows and targets to a plan for the next period; progress is left blank.</translation>
    </message>
    <message>
        <source>Đã thêm {count} chỉ tiêu.</source>
        <translation>Added {count} targets.</translation>
    </message>
    <message>
        <source>Kế hoạch chưa có chỉ tiêu nào (xem gợi ý: --suggest).</source>
        <translation>The plan has no targets yet (see suggestions: --suggest).</translation>
    </message>
    <message>
        <source>đạt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>chưa đạt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Đã tạo kế hoạch {id}: «{title}» ({period}).</source>
        <translation>Created plan {id}: «{title}» ({period}).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kết quả/Sản phẩm</source>
        <translation>Result/Output</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>{tasks} ({groups} nhóm)</source>
        <translation>{tasks} ({groups} groups)</translation>
    </message>
    <message>
        <source>Kỳ kế hoạch</source>
        <translation>Plan period</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Ref. no.</translation>
    </message>
    <message>
        <source>Tên kế hoạch</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Xóa lúc</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tạo lúc</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Tên viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Số dòng nhiệm vụ</source>
        <translation>Task rows</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Cách chấm</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Tự chấm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <source>KAD</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>TL</source>
        <translation>Ev.</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Thẩm định</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Không áp dụng (chỉ với tiêu chí cho phép)</source>
        <translation>Not applicable (only for criteria that allow it)</translation>
    </message>
    <message>
        <source>Số tài liệu kiểm chứng (kể cả dòng nhiệm vụ)</source>
        <translation>Number of evidence documents (including those of task rows)</translation>
    </message>
    <message>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Không thực hiện</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Tỷ lệ hoàn thành</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Nhiệm vụ / hoạt động</source>
        <translation>Task / activity</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Trễ</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Còn</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Số hiệu</source>
        <translation>Ref. no.</translation>
    </message>
    <message>
        <source>Nơi ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>LV</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Hạn (đọc được)</source>
        <translation>Due (as read)</translation>
    </message>
    <message>
        <source>Ngày HT</source>
        <translation>Date done</translation>
    </message>
    <message>
        <source>Kết quả thực hiện</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Số tài liệu kiểm chứng</source>
        <translation>Number of evidence documents</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Date completed</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Cũ</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Việc cần xem</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Mất</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Đạt được</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Toàn kế hoạch</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <source>{label}
{rows} dòng: {done} hoàn thành ({late} trễ hạn), {in_progress} đang thực hiện, {not_started} chưa thực hiện, {cancelled} không thực hiện; {overdue} quá hạn; {unknown} chưa rõ thời hạn</source>
        <translation>{label}
{rows} rows: {done} done ({late} late), {in_progress} in progress, {not_started} not started, {cancelled} cancelled; {overdue} overdue; {unknown} with no clear deadline</translation>
    </message>
    <message>
        <source>{days} ngày</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>{task}
Thời gian: {text} → {label}
Nhấp đúp để mở dòng này.</source>
        <translation>{task}
Time: {text} → {label}
Double-click to open this row.</translation>
    </message>
    <message>
        <source>hoàn thành</source>
        <translation>done</translation>
    </message>
    <message>
        <source>đang thực hiện</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>chưa thực hiện</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>không thực hiện</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>phần quá hạn</source>
        <translation>overdue part</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Chưa có kế hoạch nào.</source>
        <translation>No plans yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Toàn kế hoạch, tính đến {date}:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Whole plan, as of {date}:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{rows} dòng nhiệm vụ</source>
        <translation>{rows} task rows</translation>
    </message>
    <message>
        <source>hoàn thành &lt;b&gt;{done}&lt;/b&gt; ({completion})</source>
        <translation>done &lt;b&gt;{done}&lt;/b&gt; ({completion})</translation>
    </message>
    <message>
        <source>trong đó {late} trễ hạn</source>
        <translation>of which {late} late</translation>
    </message>
    <message>
        <source>đang thực hiện {count}</source>
        <translation>in progress {count}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;quá hạn {count}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;overdue {count}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>không có dòng quá hạn</source>
        <translation>no overdue rows</translation>
    </message>
    <message>
        <source>{count} dòng chưa rõ thời hạn</source>
        <translation>{count} rows with no clear deadline</translation>
    </message>
    <message>
        <source>Chỉ tiêu: &lt;b&gt;{met}&lt;/b&gt; đạt, &lt;b&gt;{not_met}&lt;/b&gt; chưa đạt, {open} chưa có số liệu</source>
        <translation>Targets: &lt;b&gt;{met}&lt;/b&gt; met, &lt;b&gt;{not_met}&lt;/b&gt; not met, {open} without figures yet</translation>
    </message>
    <message>
        <source>Kế hoạch chưa có chỉ tiêu.</source>
        <translation>The plan has no targets yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quá hạn&lt;/b&gt; ({count}) — nhấp đúp để mở dòng</source>
        <translation>&lt;b&gt;Overdue&lt;/b&gt; ({count}) — double-click to open a row</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đến hạn trong {days} ngày tới&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Due in the next {days} days&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>Tính đến &amp;ngày:</source>
        <translation>As of &amp;date:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Sắp đến hạn &amp;trong:</source>
        <translation>Due &amp;within:</translation>
    </message>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Xem &amp;chỉ tiêu</source>
        <translation>View &amp;targets</translation>
    </message>
    <message>
        <source>Tiến độ theo lĩnh vực</source>
        <translation>Progress by area</translation>
    </message>
    <message>
        <source>Nhiệm vụ quá hạn</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>Nhiệm vụ sắp đến hạn</source>
        <translation>Tasks due soon</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>(số hiệu)</source>
        <translation>(ref. no.)</translation>
    </message>
    <message>
        <source>(ngày)</source>
        <translation>(date)</translation>
    </message>
    <message>
        <source>(cơ quan)</source>
        <translation>(issuing body)</translation>
    </message>
</context>
<context>
    <name>ImportAnnexDialog</name>
    <message>
        <source>Nhập phụ lục nhiệm vụ – xem trước</source>
        <translation>Import task annex – preview</translation>
    </message>
    <message>
        <source>Nhập vào cơ sở dữ liệu</source>
        <translation>Import into the database</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tệp: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>{number}. {name} ({rows} dòng × {columns} cột)</source>
        <translation>{number}. {name} ({rows} rows × {columns} columns)</translation>
    </message>
    <message>
        <source> – không thấy dòng tiêu đề</source>
        <translation> – no header row found</translation>
    </message>
    <message>
        <source>(không nhập)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>Cột {number}: {header}</source>
        <translation>Column {number}: {header}</translation>
    </message>
    <message>
        <source>Kỳ: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <source>Kỳ: năm hiện tại (không đọc được từ tiêu đề)</source>
        <translation>Period: current year (could not be read from the title)</translation>
    </message>
    <message>
        <source>Cảnh báo ({count})</source>
        <translation>Warnings ({count})</translation>
    </message>
    <message>
        <source>＋ Đơn vị mới: {name}</source>
        <translation>＋ New unit: {name}</translation>
    </message>
    <message>
        <source>✓ {label} → {name}</source>
        <translation>✓ {label} → {name}</translation>
    </message>
    <message>
        <source>Đơn vị ({count} mới)</source>
        <translation>Units ({count} new)</translation>
    </message>
    <message>
        <source>Sẽ nhập {counts}; {warnings} cảnh báo; {units} đơn vị mới.</source>
        <translation>Will import {counts}; {warnings} warnings; {units} new units.</translation>
    </message>
    <message>
        <source>Đơn vị đã có</source>
        <translation>Existing unit</translation>
    </message>
    <message>
        <source>«{label}» là đơn vị nào trong danh mục?</source>
        <translation>Which unit in the list is «{label}»?</translation>
    </message>
</context>
<context>
    <name>ImportAnnexForm</name>
    <message>
        <source>Bảng cần nhập:</source>
        <translation>Table to import:</translation>
    </message>
    <message>
        <source>Bảng cần nhập</source>
        <translation>Table to import</translation>
    </message>
    <message>
        <source>Nhập vào</source>
        <translation>Import into</translation>
    </message>
    <message>
        <source>Kế hoạch mới, tên:</source>
        <translation>New plan, named:</translation>
    </message>
    <message>
        <source>Tên kế hoạch mới</source>
        <translation>New plan name</translation>
    </message>
    <message>
        <source>Thêm vào kế hoạch đã có:</source>
        <translation>Add to an existing plan:</translation>
    </message>
    <message>
        <source>Kế hoạch đã có</source>
        <translation>Existing plan</translation>
    </message>
    <message>
        <source>Cột trong bảng → trường</source>
        <translation>Table column → field</translation>
    </message>
    <message>
        <source>Cây nhiệm vụ sẽ tạo</source>
        <translation>Task tree to be created</translation>
    </message>
    <message>
        <source>Số lượng theo lĩnh vực</source>
        <translation>Counts by area</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Tên mới sẽ được thêm vào danh mục đơn vị. Nếu một tên mới thực ra là một đơn vị đã có (viết tắt, viết khác), chọn nó rồi bấm «Là đơn vị đã có…».</source>
        <translation>New names will be added to the unit list. If a new name is actually an existing unit (abbreviated or written differently), select it and click «Is an existing unit…».</translation>
    </message>
    <message>
        <source>Đơn vị trong phụ lục</source>
        <translation>Units in the annex</translation>
    </message>
    <message>
        <source>Là đơn vị đã có…</source>
        <translation>Is an existing unit…</translation>
    </message>
</context>
<context>
    <name>MainContent</name>
    <message>
        <source>Khu vực làm việc</source>
        <translation>Work area</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CCHC Desktop – Kế hoạch và Chỉ số cải cách hành chính</source>
        <translation>CCHC Desktop – Administrative reform plans and reform index</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ bản sao lưu.</source>
        <translation>Data restored from the backup copy.</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Kế hoạch &amp;mới…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>&amp;Thông tin kế hoạch…</source>
        <translation>Plan &amp;information…</translation>
    </message>
    <message>
        <source>Nhân &amp;bản cho kỳ sau</source>
        <translation>&amp;Duplicate for the next period</translation>
    </message>
    <message>
        <source>Nhập &amp;phụ lục từ Excel/Word…</source>
        <translation>Import &amp;annex from Excel/Word…</translation>
    </message>
    <message>
        <source>&amp;Dán phụ lục từ bộ nhớ tạm (Excel)…</source>
        <translation>&amp;Paste annex from the clipboard (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Nhập kế hoạch từ tệp JSON…</source>
        <translation>&amp;Import plan from a JSON file…</translation>
    </message>
    <message>
        <source>&amp;Xuất kế hoạch đang chọn ra JSON…</source>
        <translation>&amp;Export the selected plan to JSON…</translation>
    </message>
    <message>
        <source>Tên &amp;người dùng (ghi vào nhật ký)…</source>
        <translation>&amp;User name (recorded in the log)…</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Xóa kế hoạch đang chọn (vào thùng rác)…</source>
        <translation>&amp;Delete the selected plan (to trash)…</translation>
    </message>
    <message>
        <source>&amp;Nhật ký thay đổi…</source>
        <translation>&amp;Change log…</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>CHỈ ĐỌC</source>
        <translation>READ-ONLY</translation>
    </message>
    <message>
        <source>Tên người dùng</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Tên ghi vào nhật ký thay đổi (ví dụ: Nguyễn Thị Hoa – Phòng VHXH):</source>
        <translation>Name recorded in the change log (for example: Nguyễn Thị Hoa – Culture–Social Office):</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;b&gt;CCHC Desktop {version}&lt;/b&gt;&lt;br&gt;Lập kế hoạch, theo dõi nhiệm vụ và tự chấm điểm Chỉ số cải cách hành chính cấp xã. Làm việc hoàn toàn không cần mạng.</source>
        <translation>&lt;b&gt;CCHC Desktop {version}&lt;/b&gt;&lt;br&gt;Plan, track tasks and self-score the commune-level administrative reform index (CCHC index). Works entirely offline.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Tên kế hoạch mới (--new-plan) không được để trống.</source>
        <translation>The new plan name (--new-plan) must not be empty.</translation>
    </message>
    <message>
        <source>Thêm kế hoạch</source>
        <translation>Add plan</translation>
    </message>
    <message>
        <source>Xóa kế hoạch (vào thùng rác)</source>
        <translation>Delete plan (to trash)</translation>
    </message>
    <message>
        <source>Khôi phục kế hoạch từ thùng rác</source>
        <translation>Restore plan from trash</translation>
    </message>
    <message>
        <source>Xóa hẳn kế hoạch</source>
        <translation>Permanently delete plan</translation>
    </message>
    <message>
        <source>Nhập phụ lục</source>
        <translation>Import annex</translation>
    </message>
    <message>
        <source>Hoàn tác nhập phụ lục</source>
        <translation>Undo annex import</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Di chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Cập nhật tiến độ</source>
        <translation>Update progress</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Evidence documents</translation>
    </message>
    <message>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Danh mục đơn vị</source>
        <translation>Unit list</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Gói nộp</source>
        <translation>Upload package</translation>
    </message>
    <message>
        <source>có hạn cụ thể</source>
        <translation>specific deadline</translation>
    </message>
    <message>
        <source>trong khoảng</source>
        <translation>within a period</translation>
    </message>
    <message>
        <source>định kỳ</source>
        <translation>periodic</translation>
    </message>
    <message>
        <source>thường xuyên</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>chưa rõ</source>
        <translation>unclear</translation>
    </message>
    <message>
        <source>hạn {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>định kỳ đến {end}</source>
        <translation>periodic until {end}</translation>
    </message>
    <message>
        <source>định kỳ, hạn {date}</source>
        <translation>periodic, due {date}</translation>
    </message>
    <message>
        <source>định kỳ {count} lần, lần cuối {last}</source>
        <translation>periodic, {count} times, last on {last}</translation>
    </message>
    <message>
        <source>thường xuyên đến {end}</source>
        <translation>ongoing until {end}</translation>
    </message>
    <message>
        <source>chưa rõ thời hạn</source>
        <translation>no clear deadline</translation>
    </message>
    <message>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>6 tháng đầu năm {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <source>6 tháng cuối năm {year}</source>
        <translation>Second half of {year}</translation>
    </message>
    <message>
        <source>Giai đoạn {start}–{end}</source>
        <translation>Period {start}–{end}</translation>
    </message>
    <message>
        <source>{sections} lĩnh vực, {tasks} nhiệm vụ, {rows} dòng</source>
        <translation>{sections} areas, {tasks} tasks, {rows} rows</translation>
    </message>
    <message>
        <source>{sections} lĩnh vực, {tasks} nhiệm vụ ({groups} nhóm), {rows} dòng</source>
        <translation>{sections} areas, {tasks} tasks ({groups} groups), {rows} rows</translation>
    </message>
    <message>
        <source>{tasks} nhiệm vụ, {rows} dòng</source>
        <translation>{tasks} tasks, {rows} rows</translation>
    </message>
    <message>
        <source>{tasks} nhiệm vụ ({groups} nhóm), {rows} dòng</source>
        <translation>{tasks} tasks ({groups} groups), {rows} rows</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Không thực hiện</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Hoàn thành (trễ hạn)</source>
        <translation>Done (late)</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy, không ghi được «{path}». Hãy giải phóng dung lượng rồi thử lại.</source>
        <translation>The disk is full; «{path}» could not be written. Free up some space, then try again.</translation>
    </message>
    <message>
        <source>Không có quyền ghi vào «{path}» (thư mục chỉ đọc hoặc tệp đang bị khóa).</source>
        <translation>No permission to write to «{path}» (the folder is read-only or the file is locked).</translation>
    </message>
    <message>
        <source>Không tìm thấy «{path}».</source>
        <translation>«{path}» was not found.</translation>
    </message>
    <message>
        <source>«{path}» là một thư mục; hãy ghi rõ tên tệp cần ghi.</source>
        <translation>«{path}» is a folder; please give the name of the file to write.</translation>
    </message>
    <message>
        <source>Một phần của đường dẫn «{path}» không phải là thư mục.</source>
        <translation>Part of the path «{path}» is not a folder.</translation>
    </message>
    <message>
        <source>Tệp «{path}» vượt quá dung lượng cho phép của ổ đĩa.</source>
        <translation>The file «{path}» exceeds the file size allowed by the disk.</translation>
    </message>
    <message>
        <source>Lỗi đọc/ghi «{path}»: {reason}.</source>
        <translation>Read/write error on «{path}»: {reason}.</translation>
    </message>
    <message>
        <source>Đã hủy theo yêu cầu; chưa ghi gì.</source>
        <translation>Cancelled as requested; nothing was written.</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi: {detail}. Hãy báo cho nhóm phát triển.</source>
        <translation>Unexpected error: {detail}. Please report it to the development team.</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu đang bận (một chương trình khác đang ghi); hãy thử lại sau ít phút</source>
        <translation>the database is busy (another program is writing to it); please try again in a few minutes</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu đang bị khóa; hãy thử lại sau ít phút</source>
        <translation>the database is locked; please try again in a few minutes</translation>
    </message>
    <message>
        <source>thư mục dữ liệu hoặc tệp cơ sở dữ liệu chỉ cho phép đọc</source>
        <translation>the data folder or the database file is read-only</translation>
    </message>
    <message>
        <source>lỗi ghi ổ đĩa (ổ đĩa có thể đã đầy hoặc vừa bị rút ra)</source>
        <translation>disk write error (the disk may be full or may have just been removed)</translation>
    </message>
    <message>
        <source>tệp cơ sở dữ liệu bị hỏng</source>
        <translation>the database file is corrupt</translation>
    </message>
    <message>
        <source>ổ đĩa đã đầy</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>không mở được tệp cơ sở dữ liệu</source>
        <translation>the database file could not be opened</translation>
    </message>
    <message>
        <source>tệp không phải cơ sở dữ liệu</source>
        <translation>the file is not a database</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
    <message>
        <source>«{name}» không phải là gói nộp (không đọc được dạng nén .zip).</source>
        <translation>«{name}» is not an upload package (it could not be read as a .zip archive).</translation>
    </message>
    <message>
        <source>Không đọc được gói nộp «{name}»: {reason}</source>
        <translation>Could not read the upload package «{name}»: {reason}</translation>
    </message>
    <message>
        <source>Gói «{name}» không có tệp {manifest}: không phải gói nộp của CCHC Desktop.</source>
        <translation>The package «{name}» has no {manifest} file: it is not a CCHC Desktop upload package.</translation>
    </message>
    <message>
        <source>Tệp {manifest} trong gói «{name}» bị hỏng hoặc đã bị sửa ({reason}).</source>
        <translation>The {manifest} file in the package «{name}» is corrupt or has been modified ({reason}).</translation>
    </message>
    <message>
        <source>Gói «{name}» được tạo bởi phiên bản mới hơn (định dạng {found}); hãy cập nhật chương trình.</source>
        <translation>The package «{name}» was created by a newer version (format {found}); please update the program.</translation>
    </message>
    <message>
        <source>Không đọc được tệp «{name}» để đưa vào gói: {reason}</source>
        <translation>Could not read the file «{name}» to add it to the package: {reason}</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng «{name}» trong kho dữ liệu không còn nguyên vẹn (mã kiểm tra khác với lúc lưu). Hãy đính kèm lại tệp gốc rồi tạo gói.</source>
        <translation>The evidence file «{name}» in the data store is no longer intact (its checksum differs from when it was saved). Attach the original file again, then create the package.</translation>
    </message>
    <message>
        <source>Gói nộp đầy đủ và nguyên vẹn: {count} tệp khớp với danh mục (manifest.json).</source>
        <translation>The upload package is complete and intact: {count} files match the list (manifest.json).</translation>
    </message>
    <message>
        <source>Thiếu tệp: {path}</source>
        <translation>Missing file: {path}</translation>
    </message>
    <message>
        <source>Tệp đã bị thay đổi: {path}</source>
        <translation>File has been changed: {path}</translation>
    </message>
    <message>
        <source>Tệp lạ, không có trong danh mục: {path}</source>
        <translation>Unknown file, not in the list: {path}</translation>
    </message>
    <message>
        <source>Gói nộp KHÔNG còn nguyên vẹn: {missing} tệp thiếu, {changed} tệp bị thay đổi, {extra} tệp lạ (đã kiểm tra {count} tệp trong danh mục).</source>
        <translation>The upload package is NOT intact: {missing} files missing, {changed} files changed, {extra} unknown files ({count} files in the list checked).</translation>
    </message>
    <message>
        <source>Không tìm thấy phông chữ «{path}» của chương trình; hãy cài đặt lại chương trình.</source>
        <translation>The program&apos;s font «{path}» was not found; please reinstall the program.</translation>
    </message>
    <message>
        <source>Không đọc được phông chữ «{path}» ({reason}); hãy cài đặt lại chương trình.</source>
        <translation>Could not read the font «{path}» ({reason}); please reinstall the program.</translation>
    </message>
    <message>
        <source>Phông chữ «{path}» không có đủ chữ tiếng Việt.</source>
        <translation>The font «{path}» does not contain all Vietnamese characters.</translation>
    </message>
    <message>
        <source>Không có dòng nhiệm vụ nào trong phần đã chọn để xuất.</source>
        <translation>There are no task rows in the selected part to export.</translation>
    </message>
    <message>
        <source>«{path}» không phải là một tệp.</source>
        <translation>«{path}» is not a file.</translation>
    </message>
    <message>
        <source>Tệp {what} «{name}» quá lớn ({size} MB; tối đa {limit} MB).</source>
        <translation>The {what} file «{name}» is too large ({size} MB; maximum {limit} MB).</translation>
    </message>
    <message>
        <source>Không đọc được tệp: {reason}</source>
        <translation>Could not read the file: {reason}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>Thư mục «{folder}» không tồn tại, nên không ghi được «{name}». Hãy chọn một thư mục có sẵn (hoặc tạo thư mục đó trước).</source>
        <translation>The folder «{folder}» does not exist, so «{name}» could not be written. Choose an existing folder (or create that folder first).</translation>
    </message>
    <message>
        <source>cột {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>cột {column} «{header}»</source>
        <translation>column {column} «{header}»</translation>
    </message>
    <message>
        <source>{field} ← cột {column}</source>
        <translation>{field} ← column {column}</translation>
    </message>
    <message>
        <source>{field} ← cột {column} «{header}»</source>
        <translation>{field} ← column {column} «{header}»</translation>
    </message>
    <message>
        <source>{field}: (không có)</source>
        <translation>{field}: (none)</translation>
    </message>
    <message>
        <source>Trường «{field}» không tồn tại.</source>
        <translation>The field «{field}» does not exist.</translation>
    </message>
    <message>
        <source>{field}: cột {column} không có trong bảng ({width} cột).</source>
        <translation>{field}: column {column} is not in the table ({width} columns).</translation>
    </message>
    <message>
        <source>Một cột được gán cho hai trường.</source>
        <translation>One column is assigned to two fields.</translation>
    </message>
    <message>
        <source>Cần chọn cột số thứ tự (TT/STT).</source>
        <translation>Choose the number column (TT/STT).</translation>
    </message>
    <message>
        <source>Cần ít nhất một trong các cột Mục tiêu, Nhiệm vụ hoặc Hoạt động.</source>
        <translation>At least one of the Goal, Task or Activity columns is needed.</translation>
    </message>
    <message>
        <source>Dòng bắt đầu dữ liệu nằm ngoài bảng.</source>
        <translation>The data start row is outside the table.</translation>
    </message>
    <message>
        <source>Tệp «{name}» được đặt mật khẩu, hoặc là định dạng Excel/Word cũ (.xls/.doc). Hãy mở tệp bằng Excel hoặc Word, bỏ mật khẩu nếu có, rồi lưu lại dạng .xlsx hoặc .docx.</source>
        <translation>The file «{name}» is password-protected or in an old Excel/Word format (.xls/.doc). Open the file in Excel or Word, remove the password if there is one, then save it again as .xlsx or .docx.</translation>
    </message>
    <message>
        <source>Tệp «{name}» không phải Excel (.xlsx) hoặc Word (.docx).</source>
        <translation>The file «{name}» is not an Excel (.xlsx) or Word (.docx) file.</translation>
    </message>
    <message>
        <source>Tệp «{name}» bị hỏng hoặc chưa được tải về/chép trọn vẹn, không đọc được. Hãy mở lại bằng Excel hoặc Word, lưu thành tệp mới rồi thử lại.</source>
        <translation>The file «{name}» is corrupt or was not completely downloaded/copied, and cannot be read. Open it again in Excel or Word, save it as a new file, then try again.</translation>
    </message>
    <message>
        <source>Tệp «{name}» khi giải nén quá lớn (trên {limit_mb} MB hoặc trên {entries} thành phần), không nhập được.</source>
        <translation>The file «{name}» is too large when unpacked (over {limit_mb} MB or over {entries} parts); it cannot be imported.</translation>
    </message>
    <message>
        <source>Tệp «{name}» có thành phần nén bất thường (tỉ lệ giải nén trên {ratio}:1), có thể là tệp độc hại; không nhập.</source>
        <translation>The file «{name}» has an unusual compressed part (unpacking ratio over {ratio}:1) and may be malicious; not imported.</translation>
    </message>
    <message>
        <source>Tệp «{name}» chứa đường dẫn không hợp lệ (tuyệt đối hoặc có &apos;..&apos;); không nhập.</source>
        <translation>The file «{name}» contains an invalid path (absolute or containing &apos;..&apos;); not imported.</translation>
    </message>
    <message>
        <source>Tệp «{name}» là Excel dạng nhị phân (.xlsb). Hãy lưu lại dạng .xlsx rồi nhập lại.</source>
        <translation>The file «{name}» is a binary Excel file (.xlsb). Save it again as .xlsx, then import it again.</translation>
    </message>
    <message>
        <source>Tệp «{name}» là tệp OpenDocument (LibreOffice .ods/.odt). Hãy lưu lại dạng .xlsx hoặc .docx rồi nhập lại.</source>
        <translation>The file «{name}» is an OpenDocument file (LibreOffice .ods/.odt). Save it again as .xlsx or .docx, then import it again.</translation>
    </message>
    <message>
        <source>Tệp «{name}» là tệp {found}, không phải tệp {expected} như cần ở đây.</source>
        <translation>The file «{name}» is a {found} file, not a {expected} file as needed here.</translation>
    </message>
    <message>
        <source>Tệp «{name}» có hơn {limit} ô (kể cả ô trống đã định dạng), quá lớn cho một bảng phụ lục. Hãy chép riêng bảng phụ lục sang một tệp mới rồi nhập lại.</source>
        <translation>The file «{name}» has more than {limit} cells (including formatted empty cells), too large for an annex table. Copy the annex table alone into a new file, then import again.</translation>
    </message>
    <message>
        <source>Tiêu đề phụ lục dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation>The annex title is {length} characters long, over the limit of {limit} characters. The table may have been pasted by mistake or be damaged: shorten that cell, then import again.</translation>
    </message>
    <message>
        <source>Dòng «kèm theo» của phụ lục dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation>The «kèm theo» (attached to) line of the annex is {length} characters long, over the limit of {limit} characters. The table may have been pasted by mistake or be damaged: shorten that cell, then import again.</translation>
    </message>
    <message>
        <source>Tên lĩnh vực {section} dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation>The name of area {section} is {length} characters long, over the limit of {limit} characters. The table may have been pasted by mistake or be damaged: shorten that cell, then import again.</translation>
    </message>
    <message>
        <source>Mục tiêu của nhiệm vụ {item} thuộc lĩnh vực {section} dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation>The goal of task {item} in area {section} is {length} characters long, over the limit of {limit} characters. The table may have been pasted by mistake or be damaged: shorten that cell, then import again.</translation>
    </message>
    <message>
        <source>Cột {column} của nhiệm vụ {item} thuộc lĩnh vực {section} dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation>Column {column} of task {item} in area {section} is {length} characters long, over the limit of {limit} characters. The table may have been pasted by mistake or be damaged: shorten that cell, then import again.</translation>
    </message>
    <message>
        <source>Tên đơn vị «{name}…» ở nhiệm vụ {item} thuộc lĩnh vực {section} dài {length} ký tự, vượt giới hạn {limit} ký tự. Có lẽ bảng bị dán nhầm hoặc hỏng: hãy rút gọn ô đó rồi nhập lại.</source>
        <translation>The unit name «{name}…» in task {item} of area {section} is {length} characters long, over the limit of {limit} characters. The table may have been pasted by mistake or be damaged: shorten that cell, then import again.</translation>
    </message>
    <message>
        <source>Không có bảng số {number} (tệp có {count} bảng).</source>
        <translation>There is no table number {number} (the file has {count} tables).</translation>
    </message>
    <message>
        <source>Không nhận ra dòng tiêu đề của «{table}»: cần cột TT (hoặc STT) và ít nhất hai cột như Nhiệm vụ, Kết quả/Sản phẩm, Chủ trì, Thời gian.</source>
        <translation>The header row of «{table}» was not recognised: it needs a TT (or STT) column and at least two columns such as «Nhiệm vụ» (task), «Kết quả/Sản phẩm» (result/output), «Chủ trì» (lead), «Thời gian» (time).</translation>
    </message>
    <message>
        <source>Cách gán cột không dùng được:
{problems}</source>
        <translation>The column assignment cannot be used:
{problems}</translation>
    </message>
    <message>
        <source>Cột {column} «{header}» không thuộc trường nào nên không được nhập ({filled} ô có nội dung).</source>
        <translation>Column {column} «{header}» is not assigned to any field, so it is not imported ({filled} cells with content).</translation>
    </message>
    <message>
        <source>Cột {column} (không có tiêu đề) không thuộc trường nào nên không được nhập ({filled} ô có nội dung).</source>
        <translation>Column {column} (no header) is not assigned to any field, so it is not imported ({filled} cells with content).</translation>
    </message>
    <message>
        <source>Cột {column} «{header}» không thuộc trường nào (cột trống, bỏ qua).</source>
        <translation>Column {column} «{header}» is not assigned to any field (empty column, skipped).</translation>
    </message>
    <message>
        <source>Không có dòng nhiệm vụ nào dưới dòng tiêu đề.</source>
        <translation>There are no task rows below the header row.</translation>
    </message>
    <message>
        <source>{section}: {counts}</source>
        <translation>{section}: {counts}</translation>
    </message>
    <message>
        <source>(lĩnh vực không tên)</source>
        <translation>(unnamed area)</translation>
    </message>
    <message>
        <source>Kế hoạch nhập từ phụ lục</source>
        <translation>Plan imported from annex</translation>
    </message>
    <message>
        <source>phụ lục</source>
        <translation>annex</translation>
    </message>
    <message>
        <source>Không tìm thấy bảng phụ lục nhiệm vụ. Bảng cần một dòng tiêu đề có cột TT (hoặc STT) và các cột như Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Chủ trì, Phối hợp, Thời gian.</source>
        <translation>No task annex table was found. The table needs a header row with a TT (or STT) column and columns such as «Mục tiêu» (goal), «Nhiệm vụ» (task), «Hoạt động» (activity), «Kết quả/Sản phẩm» (result/output), «Chủ trì» (lead), «Phối hợp» (support), «Thời gian» (time).</translation>
    </message>
    <message>
        <source>Không tìm thấy bảng phụ lục nhiệm vụ trong tệp «{name}». Bảng cần một dòng tiêu đề có cột TT (hoặc STT) và các cột như Mục tiêu, Nhiệm vụ, Hoạt động, Kết quả/Sản phẩm, Chủ trì, Phối hợp, Thời gian.</source>
        <translation>No task annex table was found in the file «{name}». The table needs a header row with a TT (or STT) column and columns such as «Mục tiêu» (goal), «Nhiệm vụ» (task), «Hoạt động» (activity), «Kết quả/Sản phẩm» (result/output), «Chủ trì» (lead), «Phối hợp» (support), «Thời gian» (time).</translation>
    </message>
    <message>
        <source>«{name}» có hơn {limit} dòng, quá lớn cho một bảng phụ lục. Hãy tách riêng bảng phụ lục ra một tệp rồi nhập lại.</source>
        <translation>«{name}» has more than {limit} rows, too large for an annex table. Put the annex table in a separate file, then import again.</translation>
    </message>
    <message>
        <source>Tệp «{name}» có các vùng gộp ô chồng lên nhau bất thường (quá nhiều ô bị gộp); tệp có thể bị hỏng. Hãy mở bằng Excel, lưu thành tệp mới rồi thử lại.</source>
        <translation>The file «{name}» has unusually overlapping merged-cell areas (too many merged cells); the file may be corrupt. Open it in Excel, save it as a new file, then try again.</translation>
    </message>
    <message>
        <source>Trang tính «{sheet}» có dữ liệu đến cột {width}; chỉ đọc {limit} cột đầu.</source>
        <translation>The sheet «{sheet}» has data up to column {width}; only the first {limit} columns are read.</translation>
    </message>
    <message>
        <source>«{table}» có hơn {limit} cột; chỉ đọc {limit} cột đầu.</source>
        <translation>«{table}» has more than {limit} columns; only the first {limit} columns are read.</translation>
    </message>
    <message>
        <source>«{table}» nằm liền sau nên được ghép tiếp vào «{into}» (từ dòng {row}).</source>
        <translation>«{table}» comes right after, so it was joined onto «{into}» (from row {row}).</translation>
    </message>
    <message>
        <source>Không đọc được dữ liệu dán (dạng bảng tách bằng Tab): {reason}.</source>
        <translation>Could not read the pasted data (a tab-separated table): {reason}.</translation>
    </message>
    <message>
        <source>Dữ liệu dán trống: hãy chép bảng phụ lục từ Excel hoặc Word rồi dán lại.</source>
        <translation>The pasted data is empty: copy the annex table from Excel or Word, then paste again.</translation>
    </message>
    <message>
        <source>Dữ liệu dán có hơn {limit} cột, không phải bảng phụ lục.</source>
        <translation>The pasted data has more than {limit} columns; it is not an annex table.</translation>
    </message>
    <message>
        <source>Dữ liệu dán quá lớn (tối đa {limit_mb} MB) cho một bảng phụ lục.</source>
        <translation>The pasted data is too large (maximum {limit_mb} MB) for an annex table.</translation>
    </message>
    <message>
        <source>Văn bản không ở dạng Unicode (UTF-8): hãy lưu lại bằng mã UTF-8 hoặc chép bảng trực tiếp từ Excel.</source>
        <translation>The text is not in Unicode (UTF-8): save it again with UTF-8 encoding, or copy the table directly from Excel.</translation>
    </message>
    <message>
        <source>Văn bản «{name}» không ở dạng Unicode (UTF-8): hãy lưu lại bằng mã UTF-8 hoặc chép bảng trực tiếp từ Excel.</source>
        <translation>The text «{name}» is not in Unicode (UTF-8): save it again with UTF-8 encoding, or copy the table directly from Excel.</translation>
    </message>
    <message>
        <source>Dòng «{text}» không có số La Mã: được coi là một lĩnh vực không số.</source>
        <translation>The row «{text}» has no Roman numeral: it is treated as an unnumbered area.</translation>
    </message>
    <message>
        <source>Dòng lĩnh vực {section} còn chữ ở cột khác, không nhập: «{text}».</source>
        <translation>The area row {section} has text in other columns, which is not imported: «{text}».</translation>
    </message>
    <message>
        <source>Có nhiệm vụ trước dòng lĩnh vực đầu tiên (số La Mã I, II...): đã đưa vào một lĩnh vực không tên.</source>
        <translation>There are tasks before the first area row (Roman numerals I, II...): they were put into an unnamed area.</translation>
    </message>
    <message>
        <source>Lĩnh vực {section} không có nhiệm vụ nào.</source>
        <translation>Area {section} has no tasks.</translation>
    </message>
    <message>
        <source>Lĩnh vực {section} ghi {declared} nhiệm vụ nhưng nhập được {tasks} nhiệm vụ.</source>
        <translation>Area {section} states {declared} tasks, but {tasks} tasks were imported.</translation>
    </message>
    <message>
        <source>Nhiệm vụ {number} chỉ có số thứ tự, không có nhiệm vụ, hoạt động hay kết quả nào.</source>
        <translation>Task {number} has only a number, with no task, activity or result.</translation>
    </message>
    <message>
        <source>Nhiệm vụ {number} chỉ có số thứ tự và mục tiêu, không có nhiệm vụ, hoạt động hay kết quả nào.</source>
        <translation>Task {number} has only a number and a goal, with no task, activity or result.</translation>
    </message>
    <message>
        <source>Lĩnh vực {section}: {count} dòng chưa có đơn vị chủ trì (dòng {rows}).</source>
        <translation>Area {section}: {count} rows have no lead unit (rows {rows}).</translation>
    </message>
    <message>
        <source>Dòng này chưa có đơn vị chủ trì.</source>
        <translation>This row has no lead unit.</translation>
    </message>
    <message>
        <source>Số thứ tự nhảy từ {previous} sang {number}.</source>
        <translation>The numbering jumps from {previous} to {number}.</translation>
    </message>
    <message>
        <source>Lĩnh vực bắt đầu bằng số thứ tự {number}.</source>
        <translation>The area starts with number {number}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {number} không có nhiệm vụ mẹ (số {parent}) ở phía trên: giữ ở cấp đầu.</source>
        <translation>Task number {number} has no parent task (number {parent}) above it: kept at the top level.</translation>
    </message>
    <message>
        <source>Cột TT chứa một đoạn chữ dài «{text}…», không phải số thứ tự: đã chuyển vào mục tiêu của một nhiệm vụ không số.</source>
        <translation>The TT column contains a long piece of text «{text}…», not a number: it was moved into the goal of an unnumbered task.</translation>
    </message>
    <message>
        <source>Số thứ tự «{number}» không theo dạng 1, 1.1 hay I, II: giữ nguyên làm số của nhiệm vụ.</source>
        <translation>The number «{number}» does not follow the form 1, 1.1 or I, II: kept as the task&apos;s number.</translation>
    </message>
    <message>
        <source>Số thứ tự {number} xuất hiện lần nữa trong lĩnh vực {section}.</source>
        <translation>Number {number} appears again in area {section}.</translation>
    </message>
    <message>
        <source>Dòng {number} «{title}» được coi là nhóm trong lĩnh vực {section}: các nhiệm vụ đánh số 1, 2... bên dưới thuộc nhóm này.</source>
        <translation>Row {number} «{title}» is treated as a group in area {section}: the tasks numbered 1, 2... below it belong to this group.</translation>
    </message>
    <message>
        <source>Dòng không có số thứ tự ở đầu lĩnh vực {section}: đã tạo một nhiệm vụ không số.</source>
        <translation>A row without a number at the start of area {section}: an unnumbered task was created.</translation>
    </message>
    <message>
        <source>Dòng không có số thứ tự nhưng có mục tiêu riêng: đã nối vào mục tiêu của nhiệm vụ {number}.</source>
        <translation>A row without a number but with its own goal: it was appended to the goal of task {number}.</translation>
    </message>
    <message>
        <source>Cảnh báo: {message}</source>
        <translation>Warning: {message}</translation>
    </message>
    <message>
        <source>Cảnh báo (dòng {row}): {message}</source>
        <translation>Warning (row {row}): {message}</translation>
    </message>
    <message>
        <source>(không số)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>Tệp «{name}» không có bảng chấm điểm (dòng tiêu đề với cột «Mã» và «Điểm tự đánh giá», «Số liệu» hoặc «Điểm thẩm định»).</source>
        <translation>The file «{name}» has no scoring table (a header row with the columns «Mã» (code) and «Điểm tự đánh giá» (self-assessment score), «Số liệu» (figure) or «Điểm thẩm định» (appraisal score)).</translation>
    </message>
    <message>
        <source>Tệp «{name}» có hơn {limit} dòng, không phải phiếu chấm điểm.</source>
        <translation>The file «{name}» has more than {limit} rows; it is not a scoring form.</translation>
    </message>
    <message>
        <source>Tệp «{name}» có {count} lỗi, chưa ghi gì. Sửa các dòng sau rồi nhập lại:
{problems}</source>
        <translation>The file «{name}» has {count} errors; nothing was saved. Fix the following rows, then import again:
{problems}</translation>
    </message>
    <message>
        <source>Dòng {row}: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <source>Dòng {row}, tiêu chí {code}: {reason}</source>
        <translation>Row {row}, criterion {code}: {reason}</translation>
    </message>
    <message>
        <source>Dòng {row}: mã {code} không có trong bộ tiêu chí «{set_name}».</source>
        <translation>Row {row}: code {code} is not in the criteria set «{set_name}».</translation>
    </message>
    <message>
        <source>Dòng {row}: mã {code} đã có ở dòng {first_row}.</source>
        <translation>Row {row}: code {code} already appears in row {first_row}.</translation>
    </message>
    <message>
        <source>cột «{column}» ghi «{value}», không phải là số</source>
        <translation>column «{column}» contains «{value}», which is not a number</translation>
    </message>
    <message>
        <source>cột «Không áp dụng» chỉ ghi «x» (hoặc «có») hoặc để trống (đang ghi «{value}»)</source>
        <translation>the «Không áp dụng» (not applicable) column may only contain «x» (or «có», yes) or be left empty (it contains «{value}»)</translation>
    </message>
    <message>
        <source>Excel đã đổi số liệu thành ngày tháng ({value}); hãy định dạng ô là Văn bản rồi ghi lại, ví dụ 118/120</source>
        <translation>Excel has turned the figure into a date ({value}); format the cell as Text, then enter it again, for example 118/120</translation>
    </message>
    <message>
        <source>Phiếu chấm điểm năm {found}, không phải năm {expected} của bản chấm điểm đang mở.</source>
        <translation>The scoring form is for year {found}, not year {expected} of the scoring record that is open.</translation>
    </message>
    <message>
        <source>bản tự đánh giá đã chốt: chỉ nhận điểm thẩm định, không sửa phần tự đánh giá</source>
        <translation>the self-assessment has been finalised: only appraisal scores are accepted; the self-assessment part is not changed</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Điểm tự đánh giá</source>
        <translation>Self-assessment score</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Lý do không áp dụng</source>
        <translation>Reason for not applicable</translation>
    </message>
    <message>
        <source>Lý do chấm khác cách chấm</source>
        <translation>Reason for scoring differently from the method</translation>
    </message>
    <message>
        <source>Điểm thẩm định lần {round}</source>
        <translation>Appraisal score, round {round}</translation>
    </message>
    <message>
        <source>Tệp «{name}» không phải bảng tính Excel (.xlsx); hãy lưu lại dạng .xlsx rồi thử lại.</source>
        <translation>The file «{name}» is not an Excel workbook (.xlsx); save it again as .xlsx, then try again.</translation>
    </message>
    <message>
        <source>Tệp «{name}» được đặt mật khẩu hoặc là Excel cũ (.xls); hãy lưu lại dạng .xlsx, không mật khẩu.</source>
        <translation>The file «{name}» is password-protected or is an old Excel file (.xls); save it again as .xlsx, without a password.</translation>
    </message>
    <message>
        <source>Tệp «{name}» bị hỏng hoặc chưa tải về trọn vẹn; hãy mở bằng Excel, lưu thành tệp mới rồi thử lại.</source>
        <translation>The file «{name}» is corrupt or was not completely downloaded; open it in Excel, save it as a new file, then try again.</translation>
    </message>
    <message>
        <source>Tệp «{name}» khi giải nén quá lớn hoặc có cấu trúc bất thường; không đọc.</source>
        <translation>The file «{name}» is too large when unpacked or has an unusual structure; not read.</translation>
    </message>
    <message>
        <source>Trang «{sheet}» có hơn {limit} ô (kể cả ô trống đã định dạng), quá lớn hoặc bất thường; hãy chép riêng bảng cần nhập sang một tệp mới rồi thử lại.</source>
        <translation>The sheet «{sheet}» has more than {limit} cells (including formatted empty cells), too large or unusual; copy the table to import into a new file, then try again.</translation>
    </message>
    <message>
        <source>Tệp «{name}» không có trang tính «{sheet}» (hoặc trang nào có dòng tiêu đề {columns}).</source>
        <translation>The file «{name}» has no sheet «{sheet}» (nor any sheet with a header row {columns}).</translation>
    </message>
    <message>
        <source>Trang «{sheet}» không có dòng tiêu đề với các cột {columns} (trong {rows} dòng đầu).</source>
        <translation>The sheet «{sheet}» has no header row with the columns {columns} (in the first {rows} rows).</translation>
    </message>
    <message>
        <source>Trang «{sheet}» có hơn {limit} dòng, quá lớn cho một bộ tiêu chí.</source>
        <translation>The sheet «{sheet}» has more than {limit} rows, too large for a criteria set.</translation>
    </message>
    <message>
        <source>Tệp «{name}» có {count} lỗi, chưa nhập gì. Sửa các dòng sau rồi nhập lại:
{problems}</source>
        <translation>The file «{name}» has {count} errors; nothing was imported. Fix the following rows, then import again:
{problems}</translation>
    </message>
    <message>
        <source>Dòng {row}: mã «{code}» không đúng dạng (I, II... hoặc 1, 1.1, 1.1.1).</source>
        <translation>Row {row}: the code «{code}» is not in a valid form (I, II... or 1, 1.1, 1.1.1).</translation>
    </message>
    <message>
        <source>Dòng {row}: có điểm hoặc cách chấm nhưng thiếu mã tiêu chí.</source>
        <translation>Row {row}: there are points or a scoring method but no criterion code.</translation>
    </message>
    <message>
        <source>Dòng {row}: mã {code} trùng với dòng {first_row}.</source>
        <translation>Row {row}: code {code} duplicates row {first_row}.</translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} đứng trước lĩnh vực đầu tiên (I, II...).</source>
        <translation>Row {row}: criterion {code} comes before the first area (I, II...).</translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} không có tiêu chí cha {parent} ở phía trên.</source>
        <translation>Row {row}: criterion {code} has no parent criterion {parent} above it.</translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} nằm sai chỗ: phải đứng ngay trong nhóm {parent}.</source>
        <translation>Row {row}: criterion {code} is in the wrong place: it must be directly inside group {parent}.</translation>
    </message>
    <message>
        <source>Dòng {row}: mã {code} lồng quá {limit} cấp.</source>
        <translation>Row {row}: code {code} is nested more than {limit} levels deep.</translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} thiếu nội dung.</source>
        <translation>Row {row}: criterion {code} has no content.</translation>
    </message>
    <message>
        <source>Dòng {row}: nội dung tiêu chí {code} dài quá {limit} ký tự.</source>
        <translation>Row {row}: the content of criterion {code} is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} thiếu điểm tối đa.</source>
        <translation>Row {row}: criterion {code} has no maximum points.</translation>
    </message>
    <message>
        <source>Dòng {row}: điểm tối đa «{value}» của tiêu chí {code} không phải là số.</source>
        <translation>Row {row}: the maximum points «{value}» of criterion {code} is not a number.</translation>
    </message>
    <message>
        <source>Dòng {row}: điểm tối đa của tiêu chí {code} phải lớn hơn 0 (đang ghi {value}).</source>
        <translation>Row {row}: the maximum points of criterion {code} must be greater than 0 (it says {value}).</translation>
    </message>
    <message>
        <source>Dòng {row}: điểm tối đa của {code} là {found} nhưng tổng các tiêu chí con là {expected}.</source>
        <translation>Row {row}: the maximum points of {code} are {found}, but the sub-criteria add up to {expected}.</translation>
    </message>
    <message>
        <source>Dòng {row}: dòng tổng ghi {found} điểm nhưng tổng điểm tối đa các lĩnh vực là {expected}.</source>
        <translation>Row {row}: the total row says {found} points, but the maximum points of the areas add up to {expected}.</translation>
    </message>
    <message>
        <source>Dòng {row}: cách chấm của tiêu chí {code}: {reason}.</source>
        <translation>Row {row}: scoring method of criterion {code}: {reason}.</translation>
    </message>
    <message>
        <source>Dòng {row}: {code} có tiêu chí con nên không có cách chấm riêng (chỉ được ghi «điểm thưởng» hoặc «điểm trừ» cho cả khối).</source>
        <translation>Row {row}: {code} has sub-criteria, so it has no scoring method of its own (only «điểm thưởng» (bonus points) or «điểm trừ» (penalty points) may be written, for the whole block).</translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} nằm trong khối {block} nhưng cách chấm lại là {own}.</source>
        <translation>Row {row}: criterion {code} is in the {block} block, but its scoring method is {own}.</translation>
    </message>
    <message>
        <source>Dòng {row}: cột «{column}» chỉ ghi «có» hoặc để trống (đang ghi «{value}»).</source>
        <translation>Row {row}: the «{column}» column may only contain «có» (yes) or be left empty (it contains «{value}»).</translation>
    </message>
    <message>
        <source>Dòng {row}: tiêu chí {code} do tỉnh chấm nên không thể đồng thời «không áp dụng được».</source>
        <translation>Row {row}: criterion {code} is scored by the province, so it cannot also be «không áp dụng được» (not applicable).</translation>
    </message>
    <message>
        <source>Dòng {row}: không hiểu nguồn số liệu «{value}» (ghi «kế hoạch ban hành đúng hạn», «tỷ lệ nhiệm vụ hoàn thành» hoặc «số nhiệm vụ có nhãn: kiểm tra»).</source>
        <translation>Row {row}: the data source «{value}» is not understood (write «kế hoạch ban hành đúng hạn» (plan issued on time), «tỷ lệ nhiệm vụ hoàn thành» (share of tasks done) or «số nhiệm vụ có nhãn: kiểm tra» (number of tasks with the label «kiểm tra»)).</translation>
    </message>
    <message>
        <source>Dòng {row}: nguồn số liệu chỉ ghi cho tiêu chí không có tiêu chí con ({code}).</source>
        <translation>Row {row}: a data source may only be given for a criterion without sub-criteria ({code}).</translation>
    </message>
    <message>
        <source>Dòng {row}: nguồn số liệu «{source}» không hợp với cách chấm của tiêu chí {code} (cần {expected}).</source>
        <translation>Row {row}: the data source «{source}» does not fit the scoring method of criterion {code} (needs {expected}).</translation>
    </message>
    <message>
        <source>Trang «{sheet}» không có tiêu chí nào.</source>
        <translation>The sheet «{sheet}» has no criteria.</translation>
    </message>
    <message>
        <source>Dòng {row}: «{key}» ghi «{value}» không đọc được.</source>
        <translation>Row {row}: «{key}» has the value «{value}», which cannot be read.</translation>
    </message>
    <message>
        <source>Không rõ bộ tiêu chí dùng cho năm nào: ghi «Năm: 2026» phía trên dòng tiêu đề.</source>
        <translation>It is not clear which year the criteria set is for: write «Năm: 2026» (Year: 2026) above the header row.</translation>
    </message>
    <message>
        <source>Thiếu trang «Xếp loại» (các cột «Xếp loại», «Từ (%)») hoặc trang đó không có mức nào.</source>
        <translation>The «Xếp loại» (rating) sheet (with the columns «Xếp loại», «Từ (%)») is missing, or it has no levels.</translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: mức «{label}» có ngưỡng «{value}» không phải là số phần trăm.</source>
        <translation>Rating, row {row}: the level «{label}» has the threshold «{value}», which is not a percentage.</translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: thiếu tên xếp loại.</source>
        <translation>Rating, row {row}: the rating name is missing.</translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: ngưỡng {value}% của «{label}» phải từ 0 đến 100.</source>
        <translation>Rating, row {row}: the threshold {value}% of «{label}» must be between 0 and 100.</translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: «{label}» trùng tên hoặc trùng ngưỡng với một mức phía trên.</source>
        <translation>Rating, row {row}: «{label}» has the same name or threshold as a level above it.</translation>
    </message>
    <message>
        <source>Xếp loại, dòng {row}: các ngưỡng phải xếp theo thứ tự (từ cao xuống thấp).</source>
        <translation>Rating, row {row}: the thresholds must be in order (from highest to lowest).</translation>
    </message>
    <message>
        <source>Xếp loại: mức thấp nhất phải bắt đầu từ 0% (đang là {value}%).</source>
        <translation>Rating: the lowest level must start at 0% (it is {value}%).</translation>
    </message>
    <message>
        <source>điểm thưởng</source>
        <translation>bonus points</translation>
    </message>
    <message>
        <source>điểm trừ</source>
        <translation>penalty points</translation>
    </message>
    <message>
        <source>điểm thường</source>
        <translation>regular points</translation>
    </message>
    <message>
        <source>cách chấm có/không hoặc theo lựa chọn</source>
        <translation>a yes/no or choice scoring method</translation>
    </message>
    <message>
        <source>cách chấm theo tỷ lệ</source>
        <translation>a rate-based scoring method</translation>
    </message>
    <message>
        <source>cách chấm theo số lần hoặc có/không</source>
        <translation>a count-based or yes/no scoring method</translation>
    </message>
    <message>
        <source>Dữ liệu bộ tiêu chí không hợp lệ tại «{where}»: {reason}.</source>
        <translation>Invalid criteria set data at «{where}»: {reason}.</translation>
    </message>
    <message>
        <source>Dữ liệu chấm điểm không hợp lệ tại «{where}»: {reason}.</source>
        <translation>Invalid scoring data at «{where}»: {reason}.</translation>
    </message>
    <message>
        <source>không phải dữ liệu «{expected}» (ghi «{found}»)</source>
        <translation>not «{expected}» data (it says «{found}»)</translation>
    </message>
    <message>
        <source>phiên bản {found} mới hơn phiên bản {supported} mà chương trình đọc được; hãy cập nhật chương trình</source>
        <translation>version {found} is newer than version {supported}, which this program can read; please update the program</translation>
    </message>
    <message>
        <source>cần một đối tượng JSON</source>
        <translation>a JSON object is expected</translation>
    </message>
    <message>
        <source>cần một danh sách [...]</source>
        <translation>a list [...] is expected</translation>
    </message>
    <message>
        <source>cần một chuỗi văn bản</source>
        <translation>a text string is expected</translation>
    </message>
    <message>
        <source>cần true hoặc false</source>
        <translation>true or false is expected</translation>
    </message>
    <message>
        <source>cần một số nguyên</source>
        <translation>a whole number is expected</translation>
    </message>
    <message>
        <source>cần một số thập phân ghi dạng chuỗi, ví dụ &quot;0.25&quot;</source>
        <translation>a decimal number written as a string is expected, for example &quot;0.25&quot;</translation>
    </message>
    <message>
        <source>năm phải từ {low} đến {high}</source>
        <translation>the year must be between {low} and {high}</translation>
    </message>
    <message>
        <source>phải lớn hơn 0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <source>mã {code} trùng</source>
        <translation>duplicate code {code}</translation>
    </message>
    <message>
        <source>quá nhiều tiêu chí hoặc lồng quá sâu</source>
        <translation>too many criteria or nested too deeply</translation>
    </message>
    <message>
        <source>điểm tối đa {found} khác tổng các tiêu chí con {expected}</source>
        <translation>maximum points {found} differ from the sum of the sub-criteria, {expected}</translation>
    </message>
    <message>
        <source>kế hoạch</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Tệp này không phải là kế hoạch CCHC (thiếu &quot;format&quot;: &quot;cchc-plan&quot;).</source>
        <translation>This file is not a CCHC plan (&quot;format&quot;: &quot;cchc-plan&quot; is missing).</translation>
    </message>
    <message>
        <source>Tệp được tạo bởi phiên bản CCHC Desktop mới hơn (định dạng phiên bản {version}). Hãy cập nhật chương trình để mở tệp này.</source>
        <translation>The file was created by a newer version of CCHC Desktop (format version {version}). Please update the program to open this file.</translation>
    </message>
    <message>
        <source>Tệp kế hoạch không hợp lệ:
{problems}{more}</source>
        <translation>Invalid plan file:
{problems}{more}</translation>
    </message>
    <message>
        <source>
… và {count} lỗi khác.</source>
        <translation>
… and {count} more errors.</translation>
    </message>
    <message>
        <source>«{name}» không phải văn bản UTF-8, không đọc được.</source>
        <translation>«{name}» is not UTF-8 text and cannot be read.</translation>
    </message>
    <message>
        <source>«{name}» không phải JSON hợp lệ (dòng {line}, cột {column}).</source>
        <translation>«{name}» is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>«{name}» có một con số quá dài, không phải kế hoạch hợp lệ.</source>
        <translation>«{name}» contains a number that is too long; it is not a valid plan.</translation>
    </message>
    <message>
        <source>«{name}» lồng quá sâu (nhiệm vụ con lồng nhau quá {limit} cấp), không phải kế hoạch hợp lệ.</source>
        <translation>«{name}» is nested too deeply (subtasks nested more than {limit} levels); it is not a valid plan.</translation>
    </message>
    <message>
        <source>{where}: ngày «{text}» không tồn tại.</source>
        <translation>{where}: the date «{text}» does not exist.</translation>
    </message>
    <message>
        <source>plan.period: năm bắt đầu {start} sau năm kết thúc {end}.</source>
        <translation>plan.period: the start year {start} is after the end year {end}.</translation>
    </message>
    <message>
        <source>Mã định danh {uuid} xuất hiện hai lần trong tệp.</source>
        <translation>The identifier {uuid} appears twice in the file.</translation>
    </message>
    <message>
        <source>{where}: thiếu trường bắt buộc «{name}»</source>
        <translation>{where}: the required field «{name}» is missing</translation>
    </message>
    <message>
        <source>(gốc)</source>
        <translation>(root)</translation>
    </message>
    <message>
        <source>{where}: phải là {expected}</source>
        <translation>{where}: must be {expected}</translation>
    </message>
    <message>
        <source>{where}: quá dài (tối đa {limit} ký tự)</source>
        <translation>{where}: too long (maximum {limit} characters)</translation>
    </message>
    <message>
        <source>{where}: ngày phải viết theo dạng NNNN-TT-NN</source>
        <translation>{where}: the date must be written as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{where}: không được để trống</source>
        <translation>{where}: must not be empty</translation>
    </message>
    <message>
        <source>{where}: mã định danh (uuid) không đúng dạng</source>
        <translation>{where}: the identifier (uuid) is not in a valid form</translation>
    </message>
    <message>
        <source>{where}: năm {value} nằm ngoài khoảng cho phép ({min}–{max})</source>
        <translation>{where}: the year {value} is outside the allowed range ({min}–{max})</translation>
    </message>
    <message>
        <source>{where}: giá trị {value} không hợp lệ</source>
        <translation>{where}: the value {value} is not valid</translation>
    </message>
    <message>
        <source>{where}: kỳ kế hoạch không hợp lệ (cần kind = year kèm year; half_year kèm year và half 1 hoặc 2; multi_year kèm start_year và end_year)</source>
        <translation>{where}: invalid plan period (needs kind = year with year; half_year with year and half 1 or 2; multi_year with start_year and end_year)</translation>
    </message>
    <message>
        <source>{where}: giá trị không hợp lệ</source>
        <translation>{where}: invalid value</translation>
    </message>
    <message>
        <source>chuỗi văn bản</source>
        <translation>a text string</translation>
    </message>
    <message>
        <source>số nguyên</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>danh sách</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>đối tượng</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>{a} hoặc {b}</source>
        <translation>{a} or {b}</translation>
    </message>
    <message>
        <source>không hiểu cách chấm «{text}» (viết như: «có/không»; «đúng hạn: 1; trễ hạn: 0,5»; «tỷ lệ: trên 90% → 2; dưới 90% → 0»; «mỗi lần: 0,25»; «chấm từ 0 đến tối đa, bước 0,5»; «điểm thưởng»; «điểm trừ»)</source>
        <translation>the scoring method «{text}» is not understood (write it like: «có/không» (yes/no); «đúng hạn: 1; trễ hạn: 0,5» (on time: 1; late: 0.5); «tỷ lệ: trên 90% → 2; dưới 90% → 0» (rate: over 90% → 2; under 90% → 0); «mỗi lần: 0,25» (each time: 0.25); «chấm từ 0 đến tối đa, bước 0,5» (score from 0 to the maximum, step 0.5); «điểm thưởng» (bonus points); «điểm trừ» (penalty points))</translation>
    </message>
    <message>
        <source>cách chấm có số điểm không đọc được: «{text}»</source>
        <translation>the scoring method has a point value that cannot be read: «{text}»</translation>
    </message>
    <message>
        <source>số điểm «{text}» trong cách chấm không được âm</source>
        <translation>the point value «{text}» in the scoring method must not be negative</translation>
    </message>
    <message>
        <source>bước điểm phải lớn hơn 0 (đang ghi {step})</source>
        <translation>the point step must be greater than 0 (it says {step})</translation>
    </message>
    <message>
        <source>điểm tối đa {maximum} không chia hết cho bước điểm {step}</source>
        <translation>maximum points {maximum} is not a multiple of the point step {step}</translation>
    </message>
    <message>
        <source>mức «{label}» cho {points} điểm, vượt điểm tối đa {maximum}</source>
        <translation>level «{label}» gives {points} points, more than the maximum points {maximum}</translation>
    </message>
    <message>
        <source>lựa chọn «{label}» được ghi hai lần</source>
        <translation>option «{label}» is written twice</translation>
    </message>
    <message>
        <source>cần ít nhất hai lựa chọn, mỗi lựa chọn kèm số điểm (ví dụ «đúng hạn: 1; trễ hạn: 0»)</source>
        <translation>at least two options are needed, each with its points (for example «on time: 1; late: 0»)</translation>
    </message>
    <message>
        <source>không hiểu mức tỷ lệ «{text}» (viết như: «trên 90%», «từ 70% đến 90%», «dưới 70%», «70-90%», «&gt;=70%»)</source>
        <translation>cannot read the rate band «{text}» (write it like: «trên 90%», «từ 70% đến 90%», «dưới 70%», «70-90%», «&gt;=70%»)</translation>
    </message>
    <message>
        <source>mức tỷ lệ «{text}» không chứa giá trị nào</source>
        <translation>rate band «{text}» contains no values</translation>
    </message>
    <message>
        <source>mức tỷ lệ «{text}» nằm ngoài khoảng 0% đến 100%</source>
        <translation>rate band «{text}» is outside the range 0% to 100%</translation>
    </message>
    <message>
        <source>tỷ lệ {value} không thuộc mức nào của cách chấm</source>
        <translation>rate {value} does not fall in any band of the scoring rule</translation>
    </message>
    <message>
        <source>tỷ lệ {value} thuộc cả hai mức «{first}» và «{second}»</source>
        <translation>rate {value} falls in both bands «{first}» and «{second}»</translation>
    </message>
    <message>
        <source>số điểm mỗi lần phải lớn hơn 0</source>
        <translation>the points per occurrence must be greater than 0</translation>
    </message>
    <message>
        <source>mức tối đa {cap} của cách chấm vượt điểm tối đa {maximum} của tiêu chí</source>
        <translation>the scoring rule&apos;s cap {cap} exceeds the criterion&apos;s maximum points {maximum}</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm {value} không được âm.</source>
        <translation>Criterion {code}: points {value} cannot be negative.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm {value} vượt điểm tối đa {maximum}.</source>
        <translation>Criterion {code}: points {value} exceed the maximum points {maximum}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm {value} không đúng bước {step} (gần nhất: {lower} hoặc {upper}).</source>
        <translation>Criterion {code}: points {value} are not in steps of {step} (nearest: {lower} or {upper}).</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: «{value}» không phải lựa chọn của cách chấm ({choices}).</source>
        <translation>Criterion {code}: «{value}» is not an option of the scoring rule ({choices}).</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: cần đủ hai số liệu, số đạt và tổng số (ví dụ 118/120).</source>
        <translation>Criterion {code}: both figures are needed, the number achieved and the total (for example 118/120).</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: tổng số (mẫu số) phải lớn hơn 0.</source>
        <translation>Criterion {code}: the total (denominator) must be greater than 0.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: số liệu {value} không được âm.</source>
        <translation>Criterion {code}: figure {value} cannot be negative.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: số đạt {numerator} lớn hơn tổng số {denominator}.</source>
        <translation>Criterion {code}: the number achieved {numerator} is greater than the total {denominator}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: số lần {value} phải là số nguyên.</source>
        <translation>Criterion {code}: the count {value} must be a whole number.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: tỷ lệ {value} không thuộc mức nào của cách chấm.</source>
        <translation>Criterion {code}: rate {value} does not fall in any band of the scoring rule.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm nhập {value} khác điểm tính theo cách chấm ({computed}); nếu cố ý chấm khác, hãy ghi lý do điều chỉnh.</source>
        <translation>Criterion {code}: the entered points {value} differ from the points calculated by the scoring rule ({computed}); if you mean to score differently, write the reason for the adjustment.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: cần số liệu ({hint}) để tính điểm; đang chỉ có điểm {value}.</source>
        <translation>Criterion {code}: figures ({hint}) are needed to calculate the points; currently there are only the points {value}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: chấm có/không nên điểm chỉ là 0 hoặc {maximum} (đang ghi {value}).</source>
        <translation>Criterion {code}: scored yes/no, so the points can only be 0 or {maximum} (currently {value}).</translation>
    </message>
    <message>
        <source>Tiêu chí {code} không được đánh dấu «không áp dụng».</source>
        <translation>Criterion {code} cannot be marked «not applicable».</translation>
    </message>
    <message>
        <source>Tiêu chí {code} do tỉnh chấm: xã không tự chấm; điểm của tỉnh ghi vào cột Điểm thẩm định.</source>
        <translation>Criterion {code} is scored by the province: the commune does not self-score it; the province&apos;s points go in the Appraisal points column.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm thẩm định {value} không được âm.</source>
        <translation>Criterion {code}: appraisal points {value} cannot be negative.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: điểm thẩm định {value} vượt điểm tối đa {maximum}.</source>
        <translation>Criterion {code}: appraisal points {value} exceed the maximum points {maximum}.</translation>
    </message>
    <message>
        <source>tiêu chí chấm điểm trực tiếp, không ghi số liệu (đang ghi «{value}»)</source>
        <translation>the criterion is scored directly, without figures (currently «{value}»)</translation>
    </message>
    <message>
        <source>số liệu «{value}» phải là «có» hoặc «không»</source>
        <translation>figure «{value}» must be «yes» or «no»</translation>
    </message>
    <message>
        <source>số liệu «{value}» không phải lựa chọn của cách chấm ({choices})</source>
        <translation>figure «{value}» is not an option of the scoring rule ({choices})</translation>
    </message>
    <message>
        <source>số liệu «{value}» phải ghi dạng số đạt/tổng số (ví dụ 118/120)</source>
        <translation>figure «{value}» must be written as achieved/total (for example 118/120)</translation>
    </message>
    <message>
        <source>số liệu «{value}» phải là một số (ví dụ 5)</source>
        <translation>figure «{value}» must be a number (for example 5)</translation>
    </message>
    <message>
        <source>có hoặc không</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>số đạt/tổng số, ví dụ 118/120</source>
        <translation>achieved/total, for example 118/120</translation>
    </message>
    <message>
        <source>số lần, ví dụ 5</source>
        <translation>count, for example 5</translation>
    </message>
    <message>
        <source>Không có bản sao lưu nào dùng được trong «{folder}».</source>
        <translation>There is no usable backup copy in «{folder}».</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp sao lưu «{path}».</source>
        <translation>Backup file «{path}» not found.</translation>
    </message>
    <message>
        <source>Bảng không có nhiệm vụ nào để nhập. Chưa ghi gì.</source>
        <translation>The table has no tasks to import. Nothing was saved.</translation>
    </message>
    <message>
        <source>Dữ liệu đầu vào quá lớn (tối đa {limit} MB).</source>
        <translation>The input data is too large (maximum {limit} MB).</translation>
    </message>
    <message>
        <source>Nhập phụ lục vào «{title}»</source>
        <translation>Import annex into «{title}»</translation>
    </message>
    <message>
        <source>Nhập kế hoạch «{title}» từ phụ lục</source>
        <translation>Import plan «{title}» from annex</translation>
    </message>
    <message>
        <source>Không tìm thấy kế hoạch «{reference}». Dùng lệnh «cchc plans» để xem danh sách.</source>
        <translation>Plan «{reference}» not found. Use the command «cchc plans» to see the list.</translation>
    </message>
    <message>
        <source>«{reference}» khớp với nhiều kế hoạch, hãy ghi số ID:
{candidates}</source>
        <translation>«{reference}» matches several plans; please give the ID number:
{candidates}</translation>
    </message>
    <message>
        <source>Kế hoạch «{title}» đang ở thùng rác; hãy khôi phục trước («cchc trash restore {id}»).</source>
        <translation>Plan «{title}» is in the trash; restore it first («cchc trash restore {id}»).</translation>
    </message>
    <message>
        <source>Kế hoạch «{reference}» không ở thùng rác.</source>
        <translation>Plan «{reference}» is not in the trash.</translation>
    </message>
    <message>
        <source>Tên kế hoạch không được để trống.</source>
        <translation>The plan name cannot be empty.</translation>
    </message>
    <message>
        <source>Trường «{field}» không sửa được.</source>
        <translation>Field «{field}» cannot be edited.</translation>
    </message>
    <message>
        <source>«{name}» là tệp {kind}, không phải kế hoạch JSON. Để nhập bảng phụ lục từ tệp này, dùng «cchc import-annex {name}» (trong cửa sổ: Tệp → Nhập phụ lục từ Excel/Word).</source>
        <translation>«{name}» is a {kind} file, not a JSON plan. To import the annex table from this file, use «cchc import-annex {name}» (in the window: File → Import annex from Excel/Word).</translation>
    </message>
    <message>
        <source>Thêm kế hoạch «{title}»</source>
        <translation>Add plan «{title}»</translation>
    </message>
    <message>
        <source>Nhập kế hoạch «{title}»</source>
        <translation>Import plan «{title}»</translation>
    </message>
    <message>
        <source>Xóa kế hoạch «{title}»</source>
        <translation>Delete plan «{title}»</translation>
    </message>
    <message>
        <source>Khôi phục kế hoạch «{title}»</source>
        <translation>Restore plan «{title}»</translation>
    </message>
    <message>
        <source>Sửa thông tin kế hoạch «{title}»</source>
        <translation>Edit details of plan «{title}»</translation>
    </message>
    <message>
        <source>Nhân bản kế hoạch cho kỳ sau</source>
        <translation>Duplicate plan for the next period</translation>
    </message>
    <message>
        <source>{title} (bản sao)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>Tên người dùng không được để trống.</source>
        <translation>The user name cannot be empty.</translation>
    </message>
    <message>
        <source>Ngôn ngữ «{code}» không có (vi hoặc en).</source>
        <translation>Language «{code}» is not available (vi or en).</translation>
    </message>
    <message>
        <source>Không thực hiện được vì dữ liệu đã thay đổi ở nơi khác (có thể bằng dòng lệnh hoặc khôi phục): {what}. Bước này được bỏ khỏi danh sách hoàn tác.</source>
        <translation>Could not do this because the data was changed elsewhere (perhaps from the command line or by a restore): {what}. This step has been removed from the undo list.</translation>
    </message>
    <message>
        <source>Không tìm thấy kế hoạch (mã {uuid}).</source>
        <translation>Plan not found (code {uuid}).</translation>
    </message>
    <message>
        <source>Bản tự đánh giá đã chốt nên không sửa được phần tự chấm; hãy mở lần chấm mới («Mở lần chấm mới» hoặc «cchc assessment revise»).</source>
        <translation>The self-assessment has been finalised, so its self-scores cannot be edited; open a new scoring round («Open new scoring round» or «cchc assessment revise»).</translation>
    </message>
    <message>
        <source>Không xác định được tiêu chí «{key}».</source>
        <translation>Cannot identify criterion «{key}».</translation>
    </message>
    <message>
        <source>Đổi tên đơn vị «{old}» thành «{new}»</source>
        <translation>Rename unit «{old}» to «{new}»</translation>
    </message>
    <message>
        <source>Gộp đơn vị «{source}» vào «{target}»</source>
        <translation>Merge unit «{source}» into «{target}»</translation>
    </message>
    <message>
        <source>Đã nạp kế hoạch mẫu (ID {id}).</source>
        <translation>Sample plan loaded (ID {id}).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có kế hoạch, không nạp kế hoạch mẫu.</source>
        <translation>The database already has plans; the sample plan was not loaded.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng hoặc mục này trong phụ lục (có thể đã bị xóa).</source>
        <translation>This row or item was not found in the annex (it may have been deleted).</translation>
    </message>
    <message>
        <source>Không thể đặt {what} vào vị trí này.</source>
        <translation>Cannot place {what} at this position.</translation>
    </message>
    <message>
        <source>Mã định danh {uuid} đã có trong cơ sở dữ liệu; không thêm lần nữa.</source>
        <translation>Identifier {uuid} is already in the database; it was not added again.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản chấm điểm «{reference}». Dùng lệnh «cchc assessment list» để xem danh sách.</source>
        <translation>Assessment «{reference}» not found. Use the command «cchc assessment list» to see the list.</translation>
    </message>
    <message>
        <source>tự động</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>sao lưu thủ công</source>
        <translation>manual backup</translation>
    </message>
    <message>
        <source>trước khi khôi phục</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>trước khi nâng cấp</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>{plans} kế hoạch, {rows} dòng nhiệm vụ, {assessments} bản chấm điểm</source>
        <translation>plans: {plans}, task rows: {rows}, assessments: {assessments}</translation>
    </message>
    <message>
        <source>HỎNG: {problem}</source>
        <translation>DAMAGED: {problem}</translation>
    </message>
    <message>
        <source>không toàn vẹn ({detail})</source>
        <translation>not intact ({detail})</translation>
    </message>
    <message>
        <source>không đọc được ({detail})</source>
        <translation>unreadable ({detail})</translation>
    </message>
    <message>
        <source>không phải cơ sở dữ liệu CCHC Desktop</source>
        <translation>not a CCHC Desktop database</translation>
    </message>
    <message>
        <source>nội dung đã bị thay đổi sau khi sao lưu (mã kiểm tra SHA-256 không khớp)</source>
        <translation>the content was changed after the backup (SHA-256 checksum does not match)</translation>
    </message>
    <message>
        <source>được tạo bởi phiên bản CCHC Desktop mới hơn (lược đồ {found})</source>
        <translation>created by a newer version of CCHC Desktop (schema {found})</translation>
    </message>
    <message>
        <source>Không ghi được bản sao lưu: {reason}</source>
        <translation>Could not write the backup copy: {reason}</translation>
    </message>
    <message>
        <source>Bản sao lưu vừa ghi không toàn vẹn ({detail}); đã bỏ bản sao này.</source>
        <translation>The backup copy just written is not intact ({detail}); this copy has been discarded.</translation>
    </message>
    <message>
        <source>Không sao lưu được cơ sở dữ liệu: {reason}</source>
        <translation>Could not back up the database: {reason}</translation>
    </message>
    <message>
        <source>Bản sao «{name}» không dùng được: {problem}. Chưa khôi phục gì, dữ liệu giữ nguyên.</source>
        <translation>Backup copy «{name}» cannot be used: {problem}. Nothing was restored; the data is unchanged.</translation>
    </message>
    <message>
        <source>Khôi phục thất bại ({reason}). Dữ liệu giữ nguyên như trước khi khôi phục.</source>
        <translation>Restore failed ({reason}). The data is unchanged, as it was before the restore.</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu «{path}»: {reason}</source>
        <translation>Could not open database «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Tệp «{path}» không phải cơ sở dữ liệu CCHC Desktop hoặc đã bị hỏng ({reason}).</source>
        <translation>File «{path}» is not a CCHC Desktop database or is damaged ({reason}).</translation>
    </message>
    <message>
        <source>Không tìm thấy bộ tiêu chí «{reference}». Dùng lệnh «cchc criteria list» để xem danh sách.</source>
        <translation>Criteria set «{reference}» not found. Use the command «cchc criteria list» to see the list.</translation>
    </message>
    <message>
        <source>Không tìm thấy tài liệu kiểm chứng «{reference}».</source>
        <translation>Evidence document «{reference}» not found.</translation>
    </message>
    <message>
        <source>Tệp «{name}» quá lớn để làm tài liệu kiểm chứng ({size} MB; tối đa {limit} MB).</source>
        <translation>File «{name}» is too large to use as evidence ({size} MB; maximum {limit} MB).</translation>
    </message>
    <message>
        <source>Không đọc được tệp «{name}»: {reason}</source>
        <translation>Could not read file «{name}»: {reason}</translation>
    </message>
    <message>
        <source>Không lưu được tài liệu kiểm chứng: {reason}</source>
        <translation>Could not save the evidence document: {reason}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu «{path}» được tạo bởi phiên bản CCHC Desktop mới hơn (lược đồ {found}, phiên bản này chỉ hiểu đến {latest}). Hãy cập nhật chương trình; dữ liệu không bị thay đổi.</source>
        <translation>Database «{path}» was created by a newer version of CCHC Desktop (schema {found}; this version only understands up to {latest}). Please update the program; the data has not been changed.</translation>
    </message>
    <message>
        <source>Không tạo được bản sao trước khi nâng cấp cơ sở dữ liệu ({reason}); chưa nâng cấp, dữ liệu giữ nguyên.</source>
        <translation>Could not make a copy before upgrading the database ({reason}); the upgrade was not done and the data is unchanged.</translation>
    </message>
    <message>
        <source>Nâng cấp cơ sở dữ liệu lên phiên bản {version} thất bại ({reason}); dữ liệu giữ nguyên như trước khi nâng cấp.</source>
        <translation>Upgrading the database to version {version} failed ({reason}); the data is unchanged, as it was before the upgrade.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu «{path}» cần được nâng cấp (lược đồ {found} lên {latest}) nhưng thư mục dữ liệu chỉ cho phép đọc. Hãy chép thư mục sang nơi ghi được rồi mở lại.</source>
        <translation>Database «{path}» needs an upgrade (schema {found} to {latest}), but the data folder is read-only. Copy the folder to a writable place and open it again.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng ({problem}). Tệp hỏng đã được giữ nguyên và chuyển sang «{moved_to}». {advice}</source>
        <translation>The database is damaged ({problem}). The damaged file has been kept unchanged and moved to «{moved_to}». {advice}</translation>
    </message>
    <message>
        <source>Không thấy cơ sở dữ liệu «{path}» (tệp bị xóa, bị làm trống hoặc thư mục bị chép thiếu), trong khi thư mục này đã từng có dữ liệu. {advice}</source>
        <translation>Database «{path}» is missing (the file was deleted, emptied, or the folder was copied incompletely), although this folder has held data before. {advice}</translation>
    </message>
    <message>
        <source>Số phiên bản ghi trong tệp cơ sở dữ liệu bị hỏng ({found}; dữ liệu cho biết phiên bản {recorded}). Tệp đã được giữ nguyên và chuyển sang «{moved_to}». {advice}</source>
        <translation>The version number recorded in the database file is damaged ({found}; the data indicates version {recorded}). The file has been kept unchanged and moved to «{moved_to}». {advice}</translation>
    </message>
    <message>
        <source>Bản sao lưu tốt mới nhất: {when} ({contents}); có thể khôi phục từ bản này (cửa sổ chương trình sẽ hỏi, hoặc lệnh «cchc restore latest»).</source>
        <translation>Latest good backup copy: {when} ({contents}); you can restore from it (the program window will ask, or use the command «cchc restore latest»).</translation>
    </message>
    <message>
        <source>Không có bản sao lưu nào dùng được. Để bắt đầu với dữ liệu trống: «cchc init --empty» hoặc chọn «Bắt đầu với dữ liệu trống» trong cửa sổ.</source>
        <translation>There is no usable backup copy. To start with empty data: «cchc init --empty», or choose «Start with empty data» in the window.</translation>
    </message>
    <message>
        <source>Lần trước chương trình không được đóng đúng cách; nhật ký ghi (WAL) đã được chép giữ lại ở «{copy}» trước khi mở.</source>
        <translation>The program was not closed properly last time; the write-ahead log (WAL) was copied and kept in «{copy}» before opening.</translation>
    </message>
    <message>
        <source>Nhật ký ghi (WAL) của lần đóng không đúng cách bị hỏng: {lost} giao dịch đã lưu trong đó không đọc lại được và không có trong dữ liệu đang mở. Bản chép nguyên vẹn của cơ sở dữ liệu và nhật ký được giữ ở «{copy}»; hãy báo cho người phụ trách kỹ thuật nếu thấy thiếu dữ liệu.</source>
        <translation>The write-ahead log (WAL) left by the improper shutdown is damaged: {lost} transactions saved in it could not be read back and are not in the data now open. An intact copy of the database and the log is kept in «{copy}»; please tell your technical contact if you find data missing.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu «{path}» chỉ cho phép đọc: chỉ xem và xuất được, không lưu được thay đổi.</source>
        <translation>Data folder «{path}» is read-only: you can only view and export, not save changes.</translation>
    </message>
    <message>
        <source>Không tìm thấy gói nộp «{reference}» trong danh sách gói nộp («cchc outbox»).</source>
        <translation>Upload package «{reference}» not found in the list of upload packages («cchc outbox»).</translation>
    </message>
    <message>
        <source>Không có kế hoạch số {id}.</source>
        <translation>There is no plan number {id}.</translation>
    </message>
    <message>
        <source>Kế hoạch «{title}» (mã {uuid}) đã có trong dữ liệu này{where}. Muốn thêm một bản sao với mã mới, hãy nhập lại với tùy chọn --as-copy (trong cửa sổ: «Nhập thành bản sao»).</source>
        <translation>Plan «{title}» (code {uuid}) is already in this data{where}. To add a copy with a new code, import it again with the --as-copy option (in the window: «Import as a copy»).</translation>
    </message>
    <message>
        <source> (đang ở thùng rác)</source>
        <translation> (in the trash)</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu «{path}» chỉ cho phép đọc: có thể xem và xuất, nhưng không lưu được thay đổi.</source>
        <translation>Data folder «{path}» is read-only: you can view and export, but changes cannot be saved.</translation>
    </message>
    <message>
        <source>Không lưu được thay đổi: {reason}. Dữ liệu giữ nguyên.</source>
        <translation>Could not save the changes: {reason}. The data is unchanged.</translation>
    </message>
    <message>
        <source>Không tìm thấy chỉ tiêu này (có thể đã bị xóa).</source>
        <translation>This target was not found (it may have been deleted).</translation>
    </message>
    <message>
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit name cannot be empty.</translation>
    </message>
    <message>
        <source>Đơn vị «{name}» đã có trong danh mục (trùng với «{existing}»). Hãy gộp hai đơn vị nếu đó là một.</source>
        <translation>Unit «{name}» is already in the list (same as «{existing}»). Merge the two units if they are the same.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị «{reference}».</source>
        <translation>Unit «{reference}» not found.</translation>
    </message>
    <message>
        <source>Không gộp một đơn vị vào chính nó.</source>
        <translation>A unit cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Ngày «{text}» không đọc được; hãy ghi dạng 31/12/2025 hoặc 2025-12-31.</source>
        <translation>Cannot read the date «{text}»; write it like 31/12/2025 or 2025-12-31.</translation>
    </message>
    <message>
        <source>Loại thời hạn «{value}» không có (deadline, range, recurring, continuous, unknown).</source>
        <translation>Deadline type «{value}» does not exist (deadline, range, recurring, continuous, unknown).</translation>
    </message>
    <message>
        <source>Ghi tệp bộ tiêu chí (.xlsx) cần nhập, hoặc «--sample» để dùng bộ mẫu.</source>
        <translation>Give the criteria set file (.xlsx) to import, or «--sample» to use the sample set.</translation>
    </message>
    <message>
        <source>Mức xếp loại «{text}» phải ghi dạng TÊN=NGƯỠNG, ví dụ «Tốt=80».</source>
        <translation>Grade level «{text}» must be written as NAME=THRESHOLD, for example «Good=80».</translation>
    </message>
    <message>
        <source>Số ngày «{value}» không hợp lệ (một số nguyên từ 0).</source>
        <translation>Number of days «{value}» is not valid (a whole number from 0).</translation>
    </message>
    <message>
        <source>Kết quả thực hiện công tác cải cách hành chính {period}</source>
        <translation>Administrative reform results in {period}</translation>
    </message>
    <message>
        <source>(Số liệu tính đến ngày {date})</source>
        <translation>(Figures as of {date})</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Quá hạn ({status})</source>
        <translation>Overdue ({status})</translation>
    </message>
    <message>
        <source>Sửa dòng nhiệm vụ (biểu mẫu)</source>
        <translation>Edit task row (form)</translation>
    </message>
    <message>
        <source>Cập nhật tiến độ {count} dòng: {status}</source>
        <translation>Update progress of {count} rows: {status}</translation>
    </message>
    <message>
        <source>Đính kèm {count} tài liệu</source>
        <translation>Attach {count} documents</translation>
    </message>
    <message>
        <source>Phông chữ tiếng Việt cho giao diện</source>
        <translation>Vietnamese font for the interface</translation>
    </message>
    <message>
        <source>Bản dịch giao diện</source>
        <translation>Interface translation</translation>
    </message>
    <message>
        <source>Biểu tượng chương trình</source>
        <translation>Program icon</translation>
    </message>
    <message>
        <source>Cửa sổ chính và các khu vực làm việc</source>
        <translation>Main window and work areas</translation>
    </message>
    <message>
        <source>In và xem trước bản in</source>
        <translation>Printing and print preview</translation>
    </message>
    <message>
        <source>{pages} trang vẽ ra máy in (tệp PDF thử)</source>
        <translation>{pages} pages drawn to the printer (test PDF file)</translation>
    </message>
    <message>
        <source>chưa có ở phiên bản này: {pages}</source>
        <translation>not yet in this version: {pages}</translation>
    </message>
    <message>
        <source>không nạp được {names}</source>
        <translation>could not load {names}</translation>
    </message>
    <message>
        <source>{pages} trang, {size}</source>
        <translation>{pages} pages, {size}</translation>
    </message>
    <message>
        <source>{sheets} trang tính, {rows} dòng, {size}</source>
        <translation>{sheets} sheets, {rows} rows, {size}</translation>
    </message>
    <message>
        <source>{tables} bảng, {paragraphs} đoạn văn, {size}</source>
        <translation>{tables} tables, {paragraphs} paragraphs, {size}</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <source>tệp không phải một PDF hoàn chỉnh (thiếu phần đầu %PDF- hoặc phần cuối %%EOF)</source>
        <translation>the file is not a complete PDF (missing the %PDF- header or the %%EOF trailer)</translation>
    </message>
    <message>
        <source>tệp không có trang nào</source>
        <translation>the file has no pages</translation>
    </message>
    <message>
        <source>trang đầu không vẽ ra được</source>
        <translation>the first page could not be drawn</translation>
    </message>
    <message>
        <source>không tìm thấy chữ «{text}» khi đọc lại (phông chữ hoặc bảng mã bị thiếu?)</source>
        <translation>the text «{text}» was not found when reading back (missing font or encoding?)</translation>
    </message>
    <message>
        <source>tệp trống</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>bỏ qua vì bước «{step}» không đạt</source>
        <translation>skipped because step «{step}» did not pass</translation>
    </message>
    <message>
        <source>lỗi không mong đợi {kind}: {detail}</source>
        <translation>unexpected error {kind}: {detail}</translation>
    </message>
    <message>
        <source>Tự kiểm tra CCHC Desktop {version} ({where})</source>
        <translation>CCHC Desktop {version} self-test ({where})</translation>
    </message>
    <message>
        <source>bản đóng gói</source>
        <translation>packaged build</translation>
    </message>
    <message>
        <source>chạy từ mã nguồn</source>
        <translation>running from source</translation>
    </message>
    <message>
        <source>Kết quả: cả {count} mục đều đạt ({seconds} giây).</source>
        <translation>Result: all {count} items passed ({seconds} seconds).</translation>
    </message>
    <message>
        <source>Kết quả: {failed}/{count} mục KHÔNG đạt ({seconds} giây). Hãy gửi các dòng trên cho bộ phận hỗ trợ.</source>
        <translation>Result: {failed}/{count} items did NOT pass ({seconds} seconds). Please send the lines above to the support team.</translation>
    </message>
    <message>
        <source>Các tệp của lần kiểm tra được giữ lại ở: {folder}</source>
        <translation>The files of this test run are kept in: {folder}</translation>
    </message>
    <message>
        <source>Tệp đi kèm chương trình</source>
        <translation>Files shipped with the program</translation>
    </message>
    <message>
        <source>{migrations} tệp cấu trúc cơ sở dữ liệu, {fonts} phông chữ, {others} tệp dữ liệu khác</source>
        <translation>{migrations} database structure files, {fonts} fonts, {others} other data files</translation>
    </message>
    <message>
        <source>thiếu {names} trong {folder}</source>
        <translation>{names} missing in {folder}</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới trong thư mục tạm</source>
        <translation>Create a new database in a temporary folder</translation>
    </message>
    <message>
        <source>Nạp kế hoạch mẫu</source>
        <translation>Load the sample plan</translation>
    </message>
    <message>
        <source>Ghi tiến độ kèm tài liệu kiểm chứng</source>
        <translation>Record progress with evidence documents</translation>
    </message>
    <message>
        <source>nhiệm vụ {code}: {status}, {documents} tài liệu, mã SHA-256 khớp</source>
        <translation>task {code}: {status}, {documents} documents, SHA-256 checksums match</translation>
    </message>
    <message>
        <source>Chấm điểm theo bộ tiêu chí mẫu</source>
        <translation>Scoring with the sample criteria set</translation>
    </message>
    <message>
        <source>{scored} tiêu chí đã chấm, {total}/{maximum} điểm, xếp loại {grade}</source>
        <translation>{scored} criteria scored, {total}/{maximum} points, grade {grade}</translation>
    </message>
    <message>
        <source>{document} – {format}</source>
        <translation>{document} – {format}</translation>
    </message>
    <message>
        <source>Đọc lại phụ lục {format} bằng chức năng nhập</source>
        <translation>Read the {format} annex back with the import function</translation>
    </message>
    <message>
        <source>{counts}, khớp với kế hoạch</source>
        <translation>{counts}, matching the plan</translation>
    </message>
    <message>
        <source>đọc được {found}, kế hoạch có {expected}</source>
        <translation>read {found}, the plan has {expected}</translation>
    </message>
    <message>
        <source>Tạo và kiểm tra gói nộp</source>
        <translation>Create and check an upload package</translation>
    </message>
    <message>
        <source>{files} tệp, {size} KB; {summary}</source>
        <translation>{files} files, {size} KB; {summary}</translation>
    </message>
    <message>
        <source>Sao lưu và kiểm tra bản sao</source>
        <translation>Back up and check the backup copy</translation>
    </message>
    <message>
        <source>Dán {counts}</source>
        <translation>Paste {counts}</translation>
    </message>
    <message>
        <source>Không có dòng nào để dán.</source>
        <translation>There are no rows to paste.</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Số La Mã</source>
        <translation>Roman numeral</translation>
    </message>
    <message>
        <source>Tên lĩnh vực</source>
        <translation>Area name</translation>
    </message>
    <message>
        <source>Mục tiêu/Chỉ tiêu</source>
        <translation>Goal/Target</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kết quả/Sản phẩm</source>
        <translation>Result/Output</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Supporting units</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Không sửa được cột «{field}» ở dòng này.</source>
        <translation>Column «{field}» cannot be edited in this row.</translation>
    </message>
    <message>
        <source>Nội dung cột «{field}» dài quá {limit} ký tự; hãy rút gọn.</source>
        <translation>The content of column «{field}» is longer than {limit} characters; please shorten it.</translation>
    </message>
    <message>
        <source>Cách đánh số «{mode}» không có: per_section (đánh lại từ 1 ở mỗi lĩnh vực) hoặc continuous (đánh số liên tục).</source>
        <translation>Numbering mode «{mode}» does not exist: per_section (restart from 1 in each area) or continuous (continuous numbering).</translation>
    </message>
    <message>
        <source>Chưa chọn dòng nào.</source>
        <translation>No row selected.</translation>
    </message>
    <message>
        <source>Sửa «{column}»</source>
        <translation>Edit «{column}»</translation>
    </message>
    <message>
        <source>Thêm lĩnh vực</source>
        <translation>Add area</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ con</source>
        <translation>Add subtask</translation>
    </message>
    <message>
        <source>Thêm dòng cho nhiệm vụ</source>
        <translation>Add row for task</translation>
    </message>
    <message>
        <source>Xóa {count} mục</source>
        <translation>Delete {count} items</translation>
    </message>
    <message>
        <source>Đổi cách đánh số nhiệm vụ</source>
        <translation>Change task numbering</translation>
    </message>
    <message>
        <source>Sửa nhãn</source>
        <translation>Edit tags</translation>
    </message>
    <message>
        <source>Không thụt vào được: phía trên không có nhiệm vụ cùng cấp để làm nhóm.</source>
        <translation>Cannot indent: there is no task of the same level above to group under.</translation>
    </message>
    <message>
        <source>Không lùi ra được: nhiệm vụ này đã ở cấp ngoài cùng của lĩnh vực.</source>
        <translation>Cannot outdent: this task is already at the outermost level of the area.</translation>
    </message>
    <message>
        <source>Không chuyển sang kế hoạch khác bằng cách kéo thả được; hãy sao chép rồi dán.</source>
        <translation>Cannot move to another plan by drag and drop; copy and paste instead.</translation>
    </message>
    <message>
        <source>Thụt vào (thành nhiệm vụ con)</source>
        <translation>Indent (make it a subtask)</translation>
    </message>
    <message>
        <source>Lùi ra</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Không đặt được: nhiệm vụ chỉ được lồng nhau tối đa {limit} cấp.</source>
        <translation>Cannot place it: tasks can be nested at most {limit} levels deep.</translation>
    </message>
    <message>
        <source>Không đặt được vào vị trí này.</source>
        <translation>Cannot place it at this position.</translation>
    </message>
    <message>
        <source>«{reference}» khớp với nhiều bộ tiêu chí, hãy ghi số ID:
{candidates}</source>
        <translation>«{reference}» matches several criteria sets; please give the ID number:
{candidates}</translation>
    </message>
    <message>
        <source>{id}: {name} ({year}, lần {version})</source>
        <translation>{id}: {name} ({year}, version {version})</translation>
    </message>
    <message>
        <source>Bộ tiêu chí «{name}» đang được {count} bản chấm điểm dùng, không xóa được.</source>
        <translation>Criteria set «{name}» is used by {count} assessments and cannot be deleted.</translation>
    </message>
    <message>
        <source>Cần ít nhất một mức xếp loại.</source>
        <translation>At least one grade level is needed.</translation>
    </message>
    <message>
        <source>Các mức xếp loại phải có tên, ngưỡng từ 0 đến 100 không trùng nhau, và mức thấp nhất từ 0%.</source>
        <translation>Grade levels must have names and different thresholds from 0 to 100, and the lowest level must start at 0%.</translation>
    </message>
    <message>
        <source>Hạn ban hành kế hoạch «{text}» không đọc được (ghi dạng 31/12 hoặc 15/01/2026).</source>
        <translation>Cannot read the plan issue deadline «{text}» (write it like 31/12 or 15/01/2026).</translation>
    </message>
    <message>
        <source>Năm {year} không hợp lệ.</source>
        <translation>Year {year} is not valid.</translation>
    </message>
    <message>
        <source>{document} không xuất được ra {format}; chọn một trong: {allowed}.</source>
        <translation>{document} cannot be exported to {format}; choose one of: {allowed}.</translation>
    </message>
    <message>
        <source>Không có loại tài liệu «{kind}».</source>
        <translation>There is no document type «{kind}».</translation>
    </message>
    <message>
        <source>Không rõ định dạng của «{name}»; hãy ghi --format pdf, xlsx hoặc docx.</source>
        <translation>The format of «{name}» is unclear; please give --format pdf, xlsx or docx.</translation>
    </message>
    <message>
        <source>Không có dòng nhiệm vụ nào khớp với bộ lọc ({filter}); không có gì để xuất.</source>
        <translation>No task rows match the filter ({filter}); there is nothing to export.</translation>
    </message>
    <message>
        <source>Không có trạng thái «{status}»; dùng một trong: {allowed}.</source>
        <translation>There is no status «{status}»; use one of: {allowed}.</translation>
    </message>
    <message>
        <source>Phiên bản này chưa có chức năng chấm điểm, nên chưa xuất được báo cáo tự chấm điểm.</source>
        <translation>This version does not have scoring yet, so the self-scoring report cannot be exported yet.</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Phụ lục nhiệm vụ</source>
        <translation>Task annex</translation>
    </message>
    <message>
        <source>Bảng nhiệm vụ (đã lọc)</source>
        <translation>Task table (filtered)</translation>
    </message>
    <message>
        <source>Báo cáo tiến độ</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>Báo cáo tự chấm điểm</source>
        <translation>Self-scoring report</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì hoặc phối hợp: {units}</source>
        <translation>Lead or supporting unit: {units}</translation>
    </message>
    <message>
        <source>Trạng thái: {statuses}</source>
        <translation>Status: {statuses}</translation>
    </message>
    <message>
        <source>Lĩnh vực: {sections}</source>
        <translation>Area: {sections}</translation>
    </message>
    <message>
        <source>không lọc</source>
        <translation>no filter</translation>
    </message>
    <message>
        <source>quá hạn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>đến hạn trong {days} ngày</source>
        <translation>due within {days} days</translation>
    </message>
    <message>
        <source>hoàn thành trễ hạn</source>
        <translation>done late</translation>
    </message>
    <message>
        <source>nhãn «{tag}»</source>
        <translation>tag «{tag}»</translation>
    </message>
    <message>
        <source>có «{text}»</source>
        <translation>contains «{text}»</translation>
    </message>
    <message>
        <source>Tệp «{name}» đã được đính kèm vào dòng này (cùng nội dung với «{existing}»).</source>
        <translation>File «{name}» is already attached to this row (same content as «{existing}»).</translation>
    </message>
    <message>
        <source>Tài liệu «{name}» không gắn với dòng này.</source>
        <translation>Document «{name}» is not attached to this row.</translation>
    </message>
    <message>
        <source>Ngày «{value}» không hợp lệ.</source>
        <translation>Date «{value}» is not valid.</translation>
    </message>
    <message>
        <source>Trường «{field}» của tài liệu không sửa được.</source>
        <translation>Field «{field}» of the document cannot be edited.</translation>
    </message>
    <message>
        <source>«{field}» dài quá {limit} ký tự.</source>
        <translation>«{field}» is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Tệp của tài liệu «{name}» không còn trong kho tài liệu kiểm chứng ({path}).</source>
        <translation>The file of document «{name}» is no longer in the evidence store ({path}).</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng được gắn vào từng dòng nhiệm vụ.</source>
        <translation>Evidence documents are attached to individual task rows.</translation>
    </message>
    <message>
        <source>Đính kèm tài liệu «{name}»</source>
        <translation>Attach document «{name}»</translation>
    </message>
    <message>
        <source>Bỏ tài liệu «{name}» khỏi dòng</source>
        <translation>Remove document «{name}» from the row</translation>
    </message>
    <message>
        <source>Sửa thông tin tài liệu «{name}»</source>
        <translation>Edit details of document «{name}»</translation>
    </message>
    <message>
        <source>Gói nộp: {title}</source>
        <translation>Upload package: {title}</translation>
    </message>
    <message>
        <source>Gói nộp: tự chấm điểm Chỉ số CCHC năm {year} ({body}) và {title}</source>
        <translation>Upload package: CCHC reform index self-scoring {year} ({body}) and {title}</translation>
    </message>
    <message>
        <source>«{reference}» khớp với nhiều gói nộp, hãy ghi số ID:
{candidates}</source>
        <translation>«{reference}» matches several upload packages; please give the ID number:
{candidates}</translation>
    </message>
    <message>
        <source>Đánh dấu đã gửi gói «{name}»</source>
        <translation>Mark package «{name}» as sent</translation>
    </message>
    <message>
        <source>Đánh dấu chưa gửi gói «{name}»</source>
        <translation>Mark package «{name}» as not sent</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Tiêu chí {code}</source>
        <translation>Criterion {code}</translation>
    </message>
    <message>
        <source>Nhiệm vụ {code}</source>
        <translation>Task {code}</translation>
    </message>
    <message>
        <source>Nhiệm vụ {code} dòng {row}</source>
        <translation>Task {code} row {row}</translation>
    </message>
    <message>
        <source>{reference} (bổ sung lần {round})</source>
        <translation>{reference} (supplement, round {round})</translation>
    </message>
    <message>
        <source>Kế hoạch và phụ lục</source>
        <translation>Plan and annex</translation>
    </message>
    <message>
        <source>Bảng tự chấm điểm</source>
        <translation>Self-scoring table</translation>
    </message>
    <message>
        <source>{body} – năm {year}, lần {revision} ({criteria_set})</source>
        <translation>{body} – {year}, round {revision} ({criteria_set})</translation>
    </message>
    <message>
        <source>Ngày «{value}» không hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 31/7/2025).</source>
        <translation>Date «{value}» is not valid (write it as day/month/year, for example 31/7/2025).</translation>
    </message>
    <message>
        <source>Kỳ kế hoạch không hợp lệ: {value}.</source>
        <translation>Invalid plan period: {value}.</translation>
    </message>
    <message>
        <source>Trường «{field}» dài quá {limit} ký tự.</source>
        <translation>Field «{field}» is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Cách đánh số «{value}» không có (per_section hoặc continuous).</source>
        <translation>Numbering mode «{value}» does not exist (per_section or continuous).</translation>
    </message>
    <message>
        <source>Trạng thái «{status}» không có. Dùng một trong: not_started (chưa thực hiện), in_progress (đang thực hiện), done (hoàn thành), cancelled (không thực hiện).</source>
        <translation>Status «{status}» does not exist. Use one of: not_started (not started), in_progress (in progress), done (done), cancelled (not carried out).</translation>
    </message>
    <message>
        <source>Nhiệm vụ không thực hiện phải ghi rõ lý do.</source>
        <translation>A task that is not carried out must have its reason stated.</translation>
    </message>
    <message>
        <source>Ngày hoàn thành {date} chưa tới (hôm nay là {today}).</source>
        <translation>Completion date {date} has not come yet (today is {today}).</translation>
    </message>
    <message>
        <source>Chỉ nhiệm vụ đã hoàn thành mới có ngày hoàn thành.</source>
        <translation>Only done tasks can have a completion date.</translation>
    </message>
    <message>
        <source>Tiến độ được ghi cho từng dòng nhiệm vụ, không cho lĩnh vực hay nhóm.</source>
        <translation>Progress is recorded for individual task rows, not for areas or groups.</translation>
    </message>
    <message>
        <source>Cập nhật tiến độ: {status}</source>
        <translation>Update progress: {status}</translation>
    </message>
    <message>
        <source>quý {quarter} năm {year}</source>
        <translation>quarter {quarter} of {year}</translation>
    </message>
    <message>
        <source>năm {year}</source>
        <translation>the year {year}</translation>
    </message>
    <message>
        <source>Toàn kế hoạch</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <source>Chấm điểm tiêu chí {code}</source>
        <translation>Score criterion {code}</translation>
    </message>
    <message>
        <source>Điểm thẩm định tiêu chí {code}</source>
        <translation>Appraisal points for criterion {code}</translation>
    </message>
    <message>
        <source>Lấy số liệu từ sổ nhiệm vụ cho {code}</source>
        <translation>Take figures from the task register for {code}</translation>
    </message>
    <message>
        <source>Chốt bản tự đánh giá năm {year}</source>
        <translation>Finalise the {year} self-assessment</translation>
    </message>
    <message>
        <source>Chọn kế hoạch cho bản chấm điểm</source>
        <translation>Choose the plan for the assessment</translation>
    </message>
    <message>
        <source>Nhập phiếu chấm điểm «{name}»</source>
        <translation>Import scoring sheet «{name}»</translation>
    </message>
    <message>
        <source>Sổ nhiệm vụ không có số liệu để áp dụng cho {code}: {note}</source>
        <translation>The task register has no figures to apply to {code}: {note}</translation>
    </message>
    <message>
        <source>Bản chấm điểm này đã chốt.</source>
        <translation>This assessment has been finalised.</translation>
    </message>
    <message>
        <source>Còn {count} việc cần xem trước khi chốt (chốt vẫn được nếu cố ý, với «--force»):
{items}</source>
        <translation>{count} items to review before finalising (you can still finalise on purpose with «--force»):
{items}</translation>
    </message>
    <message>
        <source>{code} chưa chấm điểm.</source>
        <translation>{code} has not been scored.</translation>
    </message>
    <message>
        <source>{code} có điểm {points} nhưng chưa có tài liệu kiểm chứng hay giải trình.</source>
        <translation>{code} has {points} points but no evidence document or explanation yet.</translation>
    </message>
    <message>
        <source>{code} đánh dấu không áp dụng nhưng chưa ghi lý do.</source>
        <translation>{code} is marked not applicable but no reason is given.</translation>
    </message>
    <message>
        <source>{code}: số liệu khác sổ nhiệm vụ ({register}) mà chưa ghi lý do điều chỉnh.</source>
        <translation>{code}: the figures differ from the task register ({register}) and no reason for the adjustment is given.</translation>
    </message>
    <message>
        <source>Đã có bản chấm điểm năm {year} của «{body}» theo bộ tiêu chí này (ID {id}); mở bản đó, hoặc mở lần chấm mới sau khi chốt.</source>
        <translation>There is already a {year} assessment of «{body}» with this criteria set (ID {id}); open that one, or open a new scoring round after finalising it.</translation>
    </message>
    <message>
        <source>Chưa rõ cơ quan tự đánh giá: ghi tên (ví dụ «UBND xã Cửa Tùng»).</source>
        <translation>The self-assessing body is not known: give its name (for example «Cửa Tùng Commune People&apos;s Committee»).</translation>
    </message>
    <message>
        <source>Bản chấm điểm lần {revision} chưa chốt: vẫn sửa trực tiếp được, chưa cần mở lần mới.</source>
        <translation>Assessment round {revision} is not finalised: it can still be edited directly, no new round is needed.</translation>
    </message>
    <message>
        <source>Đã có lần chấm mới hơn (ID {id}); mở lần mới từ bản đó.</source>
        <translation>There is already a newer scoring round (ID {id}); open the new round from that one.</translation>
    </message>
    <message>
        <source>Định dạng «{fmt}» không có; chọn «pdf» hoặc «xlsx».</source>
        <translation>Format «{fmt}» does not exist; choose «pdf» or «xlsx».</translation>
    </message>
    <message>
        <source>{code} có tiêu chí con: điểm của nó là tổng các tiêu chí con, không nhập trực tiếp.</source>
        <translation>{code} has sub-criteria: its points are the sum of the sub-criteria and are not entered directly.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí không có tiêu chí {code}.</source>
        <translation>The criteria set has no criterion {code}.</translation>
    </message>
    <message>
        <source>Tiêu chí {code}: «{value}» không phải là số.</source>
        <translation>Criterion {code}: «{value}» is not a number.</translation>
    </message>
    <message>
        <source>Lần thẩm định phải từ 1 đến 9 (đang ghi {round}).</source>
        <translation>The appraisal round must be from 1 to 9 (currently {round}).</translation>
    </message>
    <message>
        <source>Đính kèm «{name}» cho tiêu chí {code}</source>
        <translation>Attach «{name}» to criterion {code}</translation>
    </message>
    <message>
        <source>Gỡ tài liệu «{name}» khỏi tiêu chí {code}</source>
        <translation>Remove document «{name}» from criterion {code}</translation>
    </message>
    <message>
        <source>Bổ sung (thẩm định lần {round}): {text}</source>
        <translation>Supplement (appraisal round {round}): {text}</translation>
    </message>
    <message>
        <source>Sổ nhiệm vụ: {text}</source>
        <translation>Task register: {text}</translation>
    </message>
    <message>
        <source>Chưa chọn tiêu chí bị mất điểm nào.</source>
        <translation>No criterion with lost points has been selected.</translation>
    </message>
    <message>
        <source>Tiêu chí {code} không bị mất điểm khi thẩm định.</source>
        <translation>Criterion {code} did not lose points in the appraisal.</translation>
    </message>
    <message>
        <source>Khắc phục tồn tại ở tiêu chí {code}: {text}</source>
        <translation>Fix the shortcomings in criterion {code}: {text}</translation>
    </message>
    <message>
        <source>Đạt điểm tối đa tiêu chí {code} Chỉ số CCHC (năm {year} mất {lost}/{maximum} điểm)</source>
        <translation>Reach the maximum points for criterion {code} of the CCHC reform index ({year}: lost {lost}/{maximum} points)</translation>
    </message>
    <message>
        <source>Đưa {count} tiêu chí mất điểm vào kế hoạch «{title}»</source>
        <translation>Add {count} criteria with lost points to plan «{title}»</translation>
    </message>
    <message>
        <source>Sổ nhiệm vụ chưa có kế hoạch CCHC năm {year} (hãy chọn kế hoạch cho bản chấm điểm).</source>
        <translation>The task register has no administrative reform (CCHC) plan for {year} (choose the plan for the assessment).</translation>
    </message>
    <message>
        <source>Kế hoạch «{title}» chưa ghi ngày ban hành (hạn {deadline}).</source>
        <translation>Plan «{title}» has no issue date yet (deadline {deadline}).</translation>
    </message>
    <message>
        <source>Kế hoạch {reference} ban hành ngày {date}, hạn {deadline}: đúng hạn.</source>
        <translation>Plan {reference} issued on {date}, deadline {deadline}: on time.</translation>
    </message>
    <message>
        <source>Kế hoạch {reference} ban hành ngày {date}, hạn {deadline}: trễ hạn.</source>
        <translation>Plan {reference} issued on {date}, deadline {deadline}: late.</translation>
    </message>
    <message>
        <source>{done}/{total} dòng nhiệm vụ hoàn thành đến {date} ({plans}).</source>
        <translation>{done}/{total} task rows done by {date} ({plans}).</translation>
    </message>
    <message>
        <source>Kế hoạch chưa có dòng nhiệm vụ nào.</source>
        <translation>The plan has no task rows yet.</translation>
    </message>
    <message>
        <source>{done} dòng nhãn «{tag}» đã hoàn thành (trên {total} dòng có nhãn).</source>
        <translation>{done} rows tagged «{tag}» are done (of {total} tagged rows).</translation>
    </message>
    <message>
        <source>Số liệu từ sổ không hợp cách chấm: {reason}</source>
        <translation>The register&apos;s figures do not fit the scoring rule: {reason}</translation>
    </message>
    <message>
        <source>Nội dung chỉ tiêu không được để trống.</source>
        <translation>The target text cannot be empty.</translation>
    </message>
    <message>
        <source>Phép so sánh «{comparator}» không có (dùng &gt;=, &gt;, &lt;=, &lt; hoặc =).</source>
        <translation>Comparison «{comparator}» does not exist (use &gt;=, &gt;, &lt;=, &lt; or =).</translation>
    </message>
    <message>
        <source>«{value}» không phải là một con số.</source>
        <translation>«{value}» is not a number.</translation>
    </message>
    <message>
        <source>Trường «{field}» của chỉ tiêu không sửa được.</source>
        <translation>Field «{field}» of the target cannot be edited.</translation>
    </message>
    <message>
        <source>Nội dung chỉ tiêu dài quá {limit} ký tự.</source>
        <translation>The target text is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Chỉ tiêu chung</source>
        <translation>General targets</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu «{text}»</source>
        <translation>Add target «{text}»</translation>
    </message>
    <message>
        <source>Thêm {count} chỉ tiêu gợi ý</source>
        <translation>Add {count} suggested targets</translation>
    </message>
    <message>
        <source>Sửa chỉ tiêu «{text}»</source>
        <translation>Edit target «{text}»</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu «{text}»</source>
        <translation>Delete target «{text}»</translation>
    </message>
    <message>
        <source>Di chuyển chỉ tiêu «{text}»</source>
        <translation>Move target «{text}»</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Theo dõi tiến độ từng nhiệm vụ sẽ có ở phiên bản sau.</source>
        <translation>Progress tracking for each task will come in a later version.</translation>
    </message>
    <message>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Tự đánh giá, chấm điểm Chỉ số CCHC sẽ có ở phiên bản sau.</source>
        <translation>Self-assessment and scoring of the CCHC reform index will come in a later version.</translation>
    </message>
    <message>
        <source>Báo cáo &amp; gói nộp</source>
        <translation>Reports &amp; packages</translation>
    </message>
    <message>
        <source>Báo cáo, bảng nhiệm vụ in PDF, Excel và gói nộp sẽ có ở phiên bản sau.</source>
        <translation>Reports, task tables printed to PDF and Excel, and upload packages will come in a later version.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>lần {version}</source>
        <translation>round {version}</translation>
    </message>
    <message>
        <source>[MẪU – không chính thức] </source>
        <translation>[SAMPLE – not official] </translation>
    </message>
    <message>
        <source>(tự tìm kế hoạch năm của năm đánh giá)</source>
        <translation>(find the yearly plan of the assessment year automatically)</translation>
    </message>
    <message>
        <source>Đây là bộ tiêu chí MẪU để làm quen, không phải bộ tiêu chí chính thức của tỉnh. Khi có bộ tiêu chí của tỉnh, hãy nhập bộ đó và chấm theo bộ đó.</source>
        <translation>This is a SAMPLE criteria set for getting familiar with the program, not the province&apos;s official criteria set. When you have the province&apos;s criteria set, import it and score against it.</translation>
    </message>
    <message>
        <source>Tạo bản chấm điểm</source>
        <translation>Create assessment</translation>
    </message>
    <message>
        <source>Bộ tiêu chí:</source>
        <translation>Criteria set:</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Criteria set</translation>
    </message>
    <message>
        <source>Năm đánh giá:</source>
        <translation>Assessment year:</translation>
    </message>
    <message>
        <source>Cơ quan tự đánh giá:</source>
        <translation>Self-assessing body:</translation>
    </message>
    <message>
        <source>mặc định theo cài đặt hoặc theo kế hoạch (ví dụ UBND xã Cửa Tùng)</source>
        <translation>by default from the settings or the plan (for example Cửa Tùng Commune People&apos;s Committee)</translation>
    </message>
    <message>
        <source>Kế hoạch của năm:</source>
        <translation>Plan of the year:</translation>
    </message>
    <message>
        <source>Kế hoạch lấy số liệu</source>
        <translation>Plan to take figures from</translation>
    </message>
    <message>
        <source>Các tiêu chí lấy số liệu từ sổ nhiệm vụ (kế hoạch đúng hạn, tỷ lệ hoàn thành, số cuộc kiểm tra…) đọc kế hoạch này</source>
        <translation>Criteria that take figures from the task register (plan on time, completion rate, number of inspections…) read this plan</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Đã gửi {when}</source>
        <translation>Sent {when}</translation>
    </message>
    <message>
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Gói luôn kèm dữ liệu JSON của kế hoạch (và của bản chấm điểm) cùng danh mục manifest.json ghi dung lượng và mã kiểm tra SHA-256 của từng tệp, để bên nhận kiểm tra gói còn nguyên vẹn.</source>
        <translation>A package always includes the JSON data of the plan (and of the assessment) together with a manifest.json listing the size and SHA-256 checksum of each file, so the recipient can check that the package is intact.</translation>
    </message>
    <message>
        <source>Chưa có gói nộp nào. Bấm «Chuẩn bị gói nộp…» để tạo gói đầu tiên.</source>
        <translation>There are no upload packages yet. Click «Prepare upload package…» to create the first one.</translation>
    </message>
    <message>
        <source>{count} gói chưa gửi. Gửi xong, bấm «Đánh dấu đã gửi…» để ghi lại ngày gửi.</source>
        <translation>Packages not sent: {count}. Once sent, click «Mark as sent…» to record the date sent.</translation>
    </message>
    <message>
        <source>Mọi gói đã được gửi.</source>
        <translation>All packages have been sent.</translation>
    </message>
    <message>
        <source>{count} gói nộp chưa gửi</source>
        <translation>Upload packages not sent: {count}</translation>
    </message>
    <message>
        <source>Mở trang Báo cáo &amp; gói nộp</source>
        <translation>Open the Reports &amp; packages page</translation>
    </message>
    <message>
        <source>Đánh dấu &amp;chưa gửi</source>
        <translation>Mark as &amp;not sent</translation>
    </message>
    <message>
        <source>Đánh dấu &amp;đã gửi…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <source>Lưu gói nộp</source>
        <translation>Save upload package</translation>
    </message>
    <message>
        <source>Gói nộp (*.zip)</source>
        <translation>Upload packages (*.zip)</translation>
    </message>
    <message>
        <source>Đang tạo gói nộp {name}…</source>
        <translation>Creating upload package {name}…</translation>
    </message>
    <message>
        <source>Đã tạo gói nộp {path}: {documents} văn bản, {evidence} tài liệu kiểm chứng.</source>
        <translation>Created upload package {path}: {documents} documents, {evidence} evidence documents.</translation>
    </message>
    <message>
        <source>Kiểm tra gói nộp</source>
        <translation>Check upload package</translation>
    </message>
    <message>
        <source>Gói nộp (*.zip);;Mọi tệp (*)</source>
        <translation>Upload packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Đang kiểm tra {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>Đánh dấu đã gửi</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Gói «{name}» đã được gửi.
Ghi chú (gửi qua đâu, cho ai), có thể để trống:</source>
        <translation>Package «{name}» has been sent.
Note (sent how, to whom); may be left empty:</translation>
    </message>
    <message>
        <source>Thư mục «{folder}» không còn nữa.</source>
        <translation>Folder «{folder}» no longer exists.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Đã tạo kế hoạch «{title}». Soạn phụ lục ngay bên dưới.</source>
        <translation>Plan «{title}» created. Draft the annex right below.</translation>
    </message>
    <message>
        <source>Đã nhân bản cho {period}: tiến độ và tài liệu kiểm chứng để trống. Cột Thời gian vẫn ghi theo kỳ cũ: các dòng có dấu ! đỏ cần sửa lại.</source>
        <translation>Duplicated for {period}: progress and evidence documents are left empty. The Deadline column still follows the old period: rows marked with a red ! need correcting.</translation>
    </message>
    <message>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới có hiệu lực từ lần mở chương trình sau.</source>
        <translation>The new language takes effect the next time the program is opened.</translation>
    </message>
</context>
<context>
    <name>PlanFileActions</name>
    <message>
        <source>Nhập kế hoạch</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <source>Kế hoạch CCHC (*.json);;Mọi tệp (*)</source>
        <translation>CCHC plans (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Đang đọc {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Nhập thành bản sao (mã định danh mới)?</source>
        <translation>Import as a copy (new identifier)?</translation>
    </message>
    <message>
        <source>Đã nhập {counts}.</source>
        <translation>Imported {counts}.</translation>
    </message>
    <message>
        <source>Nhập phụ lục nhiệm vụ</source>
        <translation>Import task annex</translation>
    </message>
    <message>
        <source>Excel, Word hoặc văn bản tách Tab (*.xlsx *.docx *.tsv *.txt);;Mọi tệp (*)</source>
        <translation>Excel, Word or tab-separated text (*.xlsx *.docx *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Bộ nhớ tạm không có bảng nào. Hãy chọn bảng phụ lục trong Excel, nhấn Ctrl+C rồi thử lại.</source>
        <translation>The clipboard has no table. Select the annex table in Excel, press Ctrl+C and try again.</translation>
    </message>
    <message>
        <source>bảng dán từ bộ nhớ tạm</source>
        <translation>table pasted from the clipboard</translation>
    </message>
    <message>
        <source>Đang đọc bảng dán…</source>
        <translation>Reading the pasted table…</translation>
    </message>
    <message>
        <source>Xuất kế hoạch</source>
        <translation>Export plan</translation>
    </message>
    <message>
        <source>Kế hoạch CCHC (*.json)</source>
        <translation>CCHC plans (*.json)</translation>
    </message>
    <message>
        <source>Đang ghi {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Đã xuất kế hoạch ra {path}</source>
        <translation>Plan exported to {path}</translation>
    </message>
    <message>
        <source>Xóa kế hoạch</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Chuyển kế hoạch «{title}» cùng toàn bộ phụ lục vào thùng rác?
(Hoàn tác bằng Ctrl+Z, hoặc khôi phục từ Thùng rác.)</source>
        <translation>Move plan «{title}» with its whole annex to the trash?
(Undo with Ctrl+Z, or restore it from the Trash.)</translation>
    </message>
</context>
<context>
    <name>PlanFormDialog</name>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First six months of the year</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>Last six months of the year</translation>
    </message>
    <message>
        <source>Giai đoạn nhiều năm</source>
        <translation>Multi-year period</translation>
    </message>
    <message>
        <source>Đánh số lại từ 1 ở mỗi lĩnh vực</source>
        <translation>Restart numbering from 1 in each area</translation>
    </message>
    <message>
        <source>Đánh số liên tục qua các lĩnh vực</source>
        <translation>Number continuously across areas</translation>
    </message>
    <message>
        <source>Kế hoạch mới</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Thông tin kế hoạch</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <source>Các ô đã điền sẵn theo Cài đặt của xã (Tệp → Cài đặt…); sửa lại nếu cần. Phụ lục nhiệm vụ soạn trên trang Kế hoạch sau khi tạo.</source>
        <translation>The fields are pre-filled from the commune&apos;s Settings (File → Settings…); change them if needed. The task annex is drafted on the Plans page after the plan is created.</translation>
    </message>
    <message>
        <source>Sửa xong bấm Lưu: mọi thay đổi là một bước, hoàn tác được bằng Ctrl+Z.</source>
        <translation>When done, click Save: all the changes form one step that can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Tạo kế hoạch</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(đoạn không đề mục) </source>
        <translation>(section without heading) </translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Tên kế hoạch:</source>
        <translation>Plan &amp;title:</translation>
    </message>
    <message>
        <source>ví dụ: Kế hoạch cải cách hành chính năm 2026 của xã Cửa Tùng</source>
        <translation>e.g. 2026 administrative reform plan of Cửa Tùng Commune</translation>
    </message>
    <message>
        <source>&amp;Kỳ kế hoạch:</source>
        <translation>Plan &amp;period:</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Đến năm</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Superior body:</translation>
    </message>
    <message>
        <source>các dòng đầu góc trái, mỗi dòng một hàng (ví dụ: ỦY BAN NHÂN DÂN / XÃ CỬA TÙNG)</source>
        <translation>top-left header lines, one per line (e.g. PEOPLE&apos;S COMMITTEE / CỬA TÙNG COMMUNE)</translation>
    </message>
    <message>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>&amp;Số / ký hiệu:</source>
        <translation>&amp;Number / code:</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;ngày:</source>
        <translation>&amp;date:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>&amp;tại:</source>
        <translation>pl&amp;ace:</translation>
    </message>
    <message>
        <source>địa danh</source>
        <translation>place name</translation>
    </message>
    <message>
        <source>Tên &amp;phụ lục:</source>
        <translation>Anne&amp;x title:</translation>
    </message>
    <message>
        <source>Ghi chú &amp;dưới tên phụ lục:</source>
        <translation>Note &amp;under the annex title:</translation>
    </message>
    <message>
        <source>ví dụ: (Kèm theo Kế hoạch số   /KH-UBND ngày   của UBND xã)</source>
        <translation>e.g. (Attached to Plan No.   /KH-UBND dated   of the Commune People&apos;s Committee)</translation>
    </message>
    <message>
        <source>Đánh số &amp;nhiệm vụ:</source>
        <translation>Task num&amp;bering:</translation>
    </message>
    <message>
        <source>Ký và nơi nhận</source>
        <translation>Signature and recipients</translation>
    </message>
    <message>
        <source>&amp;Thẩm quyền ký:</source>
        <translation>Signing &amp;authority:</translation>
    </message>
    <message>
        <source>ví dụ: TM. ỦY BAN NHÂN DÂN</source>
        <translation>e.g. ON BEHALF OF THE PEOPLE&apos;S COMMITTEE</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>ví dụ: CHỦ TỊCH</source>
        <translation>e.g. CHAIRPERSON</translation>
    </message>
    <message>
        <source>&amp;Người ký:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <source>&amp;Nơi nhận:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>mỗi nơi nhận một dòng (ví dụ: Sở Nội vụ;)</source>
        <translation>one recipient per line (e.g. Department of Home Affairs;)</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Các phần của văn bản:</source>
        <translation>Document sections:</translation>
    </message>
    <message>
        <source>Các phần của văn bản</source>
        <translation>Document sections</translation>
    </message>
    <message>
        <source>Thêm phần</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>đề mục (ví dụ: I. MỤC ĐÍCH, YÊU CẦU), để trống nếu là đoạn mở đầu</source>
        <translation>heading (e.g. I. PURPOSE AND REQUIREMENTS), leave empty for the opening paragraph</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch nào. Dùng Tệp → Kế hoạch mới… để soạn kế hoạch, hoặc Tệp → Nhập phụ lục từ Excel/Word, Tệp → Nhập kế hoạch từ tệp JSON.</source>
        <translation>No plans yet. Use File → New plan… to write a plan, or File → Import annex from Excel/Word, File → Import plan from JSON file.</translation>
    </message>
    <message>
        <source>Số: {reference}</source>
        <translation>No.: {reference}</translation>
    </message>
    <message>
        <source>ngày {date}</source>
        <translation>dated {date}</translation>
    </message>
    <message>
        <source>đánh số liên tục</source>
        <translation>continuous numbering</translation>
    </message>
    <message>
        <source>đánh số theo lĩnh vực</source>
        <translation>numbering by area</translation>
    </message>
    <message>
        <source>{count} dòng có thời gian thuộc kỳ trước (dấu ! đỏ ở cột Thời gian): hãy sửa cho kỳ này.</source>
        <translation>{count} rows have a deadline in an earlier period (red ! in the Deadline column): please correct them for this period.</translation>
    </message>
    <message>
        <source>{count} dòng chưa rõ thời hạn (dấu ? cam): chương trình không theo dõi quá hạn được.</source>
        <translation>{count} rows have no clear deadline (orange ?): the program cannot track them for being overdue.</translation>
    </message>
    <message>
        <source>Danh sách kế hoạch</source>
        <translation>Plan list</translation>
    </message>
    <message>
        <source>Phụ lục nhiệm vụ</source>
        <translation>Task annex</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>{status} – quá hạn</source>
        <translation>{status} – overdue</translation>
    </message>
    <message>
        <source>«{text}» → {label}</source>
        <translation>“{text}” → {label}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Quý I</source>
        <translation>Quarter 1</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Quarter 2</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Quarter 3</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Quarter 4</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First six months</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>Last six months</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Full year</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Báo cáo &amp; gói nộp</source>
        <translation>Reports &amp; packages</translation>
    </message>
    <message>
        <source>(không kèm bản chấm điểm)</source>
        <translation>(no assessment included)</translation>
    </message>
    <message>
        <source>Xuất tài liệu</source>
        <translation>Export document</translation>
    </message>
    <message>
        <source>Đã xuất {document} ra {path}</source>
        <translation>Exported {document} to {path}</translation>
    </message>
    <message>
        <source>Đang xuất {name}…</source>
        <translation>Exporting {name}…</translation>
    </message>
    <message>
        <source>Đang dựng trang in «{title}»…</source>
        <translation>Preparing print pages for “{title}”…</translation>
    </message>
    <message>
        <source>Xuất và in tài liệu</source>
        <translation>Export and print documents</translation>
    </message>
    <message>
        <source>&amp;Kế hoạch:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Tài liệu:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Loại tài liệu</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Đị&amp;nh dạng:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Kỳ &amp;báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>tính đến &amp;ngày:</source>
        <translation>as of &amp;date:</translation>
    </message>
    <message>
        <source>Số liệu tính đến ngày</source>
        <translation>Figures as of date</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Lọc nhiệm vụ:</source>
        <translation>&amp;Filter tasks:</translation>
    </message>
    <message>
        <source>Lọc theo đơn vị</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <source>Lọc theo trạng thái</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Lọc theo lĩnh vực</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <source>Bản &amp;chấm điểm:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>Bản chấm điểm</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>&amp;Xuất ra tệp…</source>
        <translation>&amp;Export to file…</translation>
    </message>
    <message>
        <source>Xem &amp;trước khi in…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Gói nộp lên phần mềm của tỉnh</source>
        <translation>Upload packages for the province&apos;s software</translation>
    </message>
    <message>
        <source>Kế hoạch và phụ lục (PDF)</source>
        <translation>Plan and annex (PDF)</translation>
    </message>
    <message>
        <source>Phụ lục nhiệm vụ (Excel)</source>
        <translation>Task annex (Excel)</translation>
    </message>
    <message>
        <source>Báo cáo tự chấm điểm (PDF và Excel)</source>
        <translation>Self-assessment scoring report (PDF and Excel)</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Evidence documents</translation>
    </message>
    <message>
        <source>Chuẩn bị &amp;gói nộp…</source>
        <translation>Prepare upload pac&amp;kage…</translation>
    </message>
    <message>
        <source>Kiểm tra &amp;một gói…</source>
        <translation>&amp;Check a package…</translation>
    </message>
    <message>
        <source>Gói nộp đã chuẩn bị</source>
        <translation>Prepared upload packages</translation>
    </message>
    <message>
        <source>Danh sách gói nộp</source>
        <translation>Upload package list</translation>
    </message>
    <message>
        <source>Đánh dấu &amp;đã gửi…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <source>&amp;Mở thư mục</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Kiểm tra gói &amp;này</source>
        <translation>Check &amp;this package</translation>
    </message>
</context>
<context>
    <name>RowFormDialog</name>
    <message>
        <source>Lưu (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>để trống: dòng này là một hoạt động khác của cùng nhiệm vụ với dòng trên</source>
        <translation>leave empty: this row is another activity of the same task as the row above</translation>
    </message>
    <message>
        <source>Lĩnh vực {code}. {title}</source>
        <translation>Area {code}. {title}</translation>
    </message>
    <message>
        <source>nhiệm vụ {number}</source>
        <translation>task {number}</translation>
    </message>
    <message>
        <source>dòng {n}/{count}</source>
        <translation>row {n}/{count}</translation>
    </message>
    <message>
        <source>nhóm nhiệm vụ (không có dòng riêng)</source>
        <translation>task group (no row of its own)</translation>
    </message>
    <message>
        <source>Dòng nhiệm vụ {number}</source>
        <translation>Task row {number}</translation>
    </message>
    <message>
        <source>Chưa rõ thời hạn: không đọc được ngày, tháng, quý hay năm; dòng này sẽ không được theo dõi quá hạn.</source>
        <translation>Deadline unclear: no day, month, quarter or year could be read; this row will not be tracked for being overdue.</translation>
    </message>
    <message>
        <source>Chưa ghi thời gian hoàn thành.</source>
        <translation>No deadline entered.</translation>
    </message>
    <message>
        <source>Đọc được: {label}</source>
        <translation>Read as: {label}</translation>
    </message>
    <message>
        <source>(đã qua trước khi kỳ kế hoạch bắt đầu)</source>
        <translation>(already passed before the plan period starts)</translation>
    </message>
    <message>
        <source>Dòng nhiệm vụ</source>
        <translation>Task row</translation>
    </message>
    <message>
        <source>&amp;TT:</source>
        <translation>&amp;No.:</translation>
    </message>
    <message>
        <source>Số thứ tự của nhiệm vụ</source>
        <translation>Task sequence number</translation>
    </message>
    <message>
        <source>(đánh lại tự động khi thêm, xóa hay chuyển nhiệm vụ)</source>
        <translation>(renumbered automatically when tasks are added, deleted or moved)</translation>
    </message>
    <message>
        <source>&amp;Mục tiêu/Chỉ tiêu:</source>
        <translation>&amp;Goal/Target:</translation>
    </message>
    <message>
        <source>chung cho mọi dòng của nhiệm vụ</source>
        <translation>shared by all rows of the task</translation>
    </message>
    <message>
        <source>&amp;Nhiệm vụ:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>&amp;Hoạt động:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <source>&amp;Kết quả/Sản phẩm:</source>
        <translation>&amp;Result/Output:</translation>
    </message>
    <message>
        <source>Thời &amp;gian:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <source>ví dụ: Trước ngày 31/7/2025 · Quý IV/2025 · Hàng tháng · Thường xuyên</source>
        <translation>e.g. Before 31/7/2025 · Quarter IV/2025 · Monthly · Ongoing</translation>
    </message>
    <message>
        <source>Kinh &amp;phí:</source>
        <translation>&amp;Funding:</translation>
    </message>
    <message>
        <source>ví dụ: Ngân sách xã · Theo dự toán</source>
        <translation>e.g. Commune budget · As per estimate</translation>
    </message>
    <message>
        <source>Nhã&amp;n:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>cách nhau bởi dấu phẩy, ví dụ: kiểm tra, đối thoại, tuyên truyền</source>
        <translation>comma-separated, e.g. inspection, dialogue, outreach</translation>
    </message>
    <message>
        <source>Nhãn giúp chấm các tiêu chí đếm từ sổ nhiệm vụ (số cuộc kiểm tra, đối thoại…)</source>
        <translation>Tags help score criteria counted from the task register (number of inspections, dialogues…)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chủ trì&lt;/b&gt; (đơn vị đầu tiên chịu trách nhiệm chính)</source>
        <translation>&lt;b&gt;Lead&lt;/b&gt; (the first unit holds main responsibility)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phối hợp&lt;/b&gt;</source>
        <translation>&lt;b&gt;Supporting&lt;/b&gt;</translation>
    </message>
    <message>
        <source>◀ Lưu, sang dòng &amp;trước</source>
        <translation>◀ Save, go to &amp;previous row</translation>
    </message>
    <message>
        <source>Lưu, sang dòng &amp;sau ▶</source>
        <translation>Save, go to &amp;next row ▶</translation>
    </message>
</context>
<context>
    <name>ScoringActions</name>
    <message>
        <source>Ghi mẫu bộ tiêu chí</source>
        <translation>Save criteria set template</translation>
    </message>
    <message>
        <source>Đang ghi {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Đã ghi mẫu bộ tiêu chí ra {path}</source>
        <translation>Saved the criteria set template to {path}</translation>
    </message>
    <message>
        <source>Nhập bộ tiêu chí</source>
        <translation>Import criteria set</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Đã nhập bộ tiêu chí «{name}» ({count} tiêu chí).</source>
        <translation>Imported criteria set “{name}” ({count} criteria).</translation>
    </message>
    <message>
        <source>Đang đọc {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Chốt bản tự đánh giá? Sau khi chốt, phần tự chấm chỉ đọc; vẫn nhận điểm thẩm định.</source>
        <translation>Finalise the self-assessment? After finalising, the self-scoring is read-only; appraisal points can still be entered.</translation>
    </message>
    <message>
        <source>Còn {count} việc cần xem (tab «Kiểm tra»):
{first}

Vẫn chốt bản tự đánh giá?</source>
        <translation>{count} items still need review (“Check” tab):
{first}

Finalise the self-assessment anyway?</translation>
    </message>
    <message>
        <source>Chốt bản tự đánh giá</source>
        <translation>Finalise self-assessment</translation>
    </message>
    <message>
        <source>Đã mở lần chấm {revision}; lần trước giữ nguyên.</source>
        <translation>Opened scoring revision {revision}; the previous revision is kept unchanged.</translation>
    </message>
    <message>
        <source>Xuất phiếu chấm điểm</source>
        <translation>Export scoring sheet</translation>
    </message>
    <message>
        <source>Đã xuất phiếu chấm điểm ra {path}</source>
        <translation>Exported the scoring sheet to {path}</translation>
    </message>
    <message>
        <source>Nhập phiếu chấm điểm đã điền</source>
        <translation>Import completed scoring sheet</translation>
    </message>
    <message>
        <source>Phiếu không có thay đổi nào so với bản đang chấm.</source>
        <translation>The sheet has no changes compared with the current assessment.</translation>
    </message>
    <message>
        <source>… và {count} thay đổi khác</source>
        <translation>… and {count} other changes</translation>
    </message>
    <message>
        <source>Phiếu «{name}» hợp lệ, có {count} thay đổi:

{lines}

Ghi các thay đổi này?</source>
        <translation>Sheet “{name}” is valid and has {count} changes:

{lines}

Save these changes?</translation>
    </message>
    <message>
        <source>Nhập phiếu chấm điểm</source>
        <translation>Import scoring sheet</translation>
    </message>
    <message>
        <source>Báo cáo kết quả tự đánh giá</source>
        <translation>Self-assessment results report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo ra {path}</source>
        <translation>Saved the report to {path}</translation>
    </message>
</context>
<context>
    <name>ScoringFields</name>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Điểm tự chấm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Lý do không áp dụng</source>
        <translation>Reason for not applicable</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Lý do điều chỉnh</source>
        <translation>Reason for adjustment</translation>
    </message>
    <message>
        <source>Dòng nhiệm vụ kiểm chứng</source>
        <translation>Evidence task rows</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Evidence documents</translation>
    </message>
    <message>
        <source>Điểm thẩm định lần {round}</source>
        <translation>Appraisal points, round {round}</translation>
    </message>
    <message>
        <source>Nhận xét lần {round}</source>
        <translation>Comments, round {round}</translation>
    </message>
    <message>
        <source>Yêu cầu giải trình lần {round}</source>
        <translation>Explanation requested, round {round}</translation>
    </message>
    <message>
        <source>Giải trình lần {round}</source>
        <translation>Explanation, round {round}</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>Tỉnh chấm</source>
        <translation>Scored by province</translation>
    </message>
    <message>
        <source>sổ:</source>
        <translation>register:</translation>
    </message>
    <message>
        <source>KAD</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng cần có:</source>
        <translation>Evidence documents required:</translation>
    </message>
    <message>
        <source>Sổ nhiệm vụ:</source>
        <translation>Task register:</translation>
    </message>
    <message>
        <source>Số liệu:</source>
        <translation>Figures:</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>đã chốt</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>đang chấm</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source> – bộ MẪU</source>
        <translation> – SAMPLE set</translation>
    </message>
    <message>
        <source>{year} · {body} · lần {revision} ({state}){sample}</source>
        <translation>{year} · {body} · revision {revision} ({state}){sample}</translation>
    </message>
    <message>
        <source>Chưa có bản chấm điểm nào. Bấm «Tạo bản chấm điểm…» (có sẵn bộ tiêu chí mẫu để làm quen), hoặc «Nhập bộ tiêu chí…» khi có tệp Excel bộ tiêu chí của tỉnh.</source>
        <translation>No assessments yet. Click “Create assessment…” (a sample criteria set is included to get familiar with it), or “Import criteria set…” when you have the province&apos;s criteria set Excel file.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí: {name}</source>
        <translation>Criteria set: {name}</translation>
    </message>
    <message>
        <source>lần chấm {revision}</source>
        <translation>scoring revision {revision}</translation>
    </message>
    <message>
        <source>đã chấm {scored}/{leaves} tiêu chí</source>
        <translation>{scored}/{leaves} criteria scored</translation>
    </message>
    <message>
        <source>ĐÃ CHỐT ngày {date} (chỉ đọc)</source>
        <translation>FINALISED on {date} (read-only)</translation>
    </message>
    <message>
        <source>BỘ MẪU, KHÔNG CHÍNH THỨC</source>
        <translation>SAMPLE SET, NOT OFFICIAL</translation>
    </message>
    <message>
        <source>Chỉ số: {index}</source>
        <translation>Index: {index}</translation>
    </message>
    <message>
        <source>Xếp loại: &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Grade: &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;chờ điểm tỉnh: {codes}&lt;/small&gt;</source>
        <translation>&lt;small&gt;awaiting province points: {codes}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;thẩm định: {points} ({percent})&lt;/small&gt;</source>
        <translation>&lt;small&gt;appraisal: {points} ({percent})&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Bản chấm điểm:</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <source>Bản chấm điểm</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Tạo bản chấm điểm…</source>
        <translation>Create assessment…</translation>
    </message>
    <message>
        <source>Nhập bộ tiêu chí…</source>
        <translation>Import criteria set…</translation>
    </message>
    <message>
        <source>Nhập bộ tiêu chí của tỉnh từ tệp Excel (mẫu trống: Tệp mẫu bộ tiêu chí)</source>
        <translation>Import the province&apos;s criteria set from an Excel file (blank template: criteria set template file)</translation>
    </message>
    <message>
        <source>Mẫu bộ tiêu chí…</source>
        <translation>Criteria set template…</translation>
    </message>
    <message>
        <source>Ghi tệp Excel bộ tiêu chí trống, kèm hướng dẫn cách chấm</source>
        <translation>Save a blank criteria set Excel file, with scoring instructions</translation>
    </message>
    <message>
        <source>Tổng điểm theo lĩnh vực</source>
        <translation>Total points by area</translation>
    </message>
    <message>
        <source>Chỉ số và xếp loại</source>
        <translation>Index and grade</translation>
    </message>
    <message>
        <source>Phiếu chấm điểm</source>
        <translation>Scoring sheet</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Chọn một tiêu chí trong phiếu.</source>
        <translation>Select a criterion in the sheet.</translation>
    </message>
    <message>
        <source>Số liệu từ sổ nhiệm vụ</source>
        <translation>Figures from the task register</translation>
    </message>
    <message>
        <source>Dùng số liệu này</source>
        <translation>Use these figures</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Evidence documents</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng của tiêu chí</source>
        <translation>Evidence documents for the criterion</translation>
    </message>
    <message>
        <source>Đính kèm tệp…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Gỡ tài liệu</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Giải trình (hoặc lý do không áp dụng):</source>
        <translation>Explanation (or reason for not applicable):</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Lý do chấm khác cách chấm</source>
        <translation>Reason for scoring differently from the rule</translation>
    </message>
    <message>
        <source>Lý do chấm khác cách chấm / khác sổ nhiệm vụ (nếu có)</source>
        <translation>Reason for scoring differently from the rule / the task register (if any)</translation>
    </message>
    <message>
        <source>Lưu giải trình và lý do</source>
        <translation>Save explanation and reason</translation>
    </message>
    <message>
        <source>Thẩm định</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Lần thẩm định:</source>
        <translation>Appraisal round:</translation>
    </message>
    <message>
        <source>Điểm thẩm định:</source>
        <translation>Appraisal points:</translation>
    </message>
    <message>
        <source>Điểm thẩm định</source>
        <translation>Appraisal points</translation>
    </message>
    <message>
        <source>Nhận xét của tỉnh:</source>
        <translation>Province&apos;s comments:</translation>
    </message>
    <message>
        <source>Tỉnh yêu cầu giải trình</source>
        <translation>Province requests an explanation</translation>
    </message>
    <message>
        <source>Giải trình của xã:</source>
        <translation>Commune&apos;s explanation:</translation>
    </message>
    <message>
        <source>Lưu lần thẩm định</source>
        <translation>Save appraisal round</translation>
    </message>
    <message>
        <source>Đính kèm tài liệu bổ sung…</source>
        <translation>Attach additional documents…</translation>
    </message>
    <message>
        <source>Tài liệu gửi bổ sung theo yêu cầu của lần thẩm định này (giữ riêng với tài liệu ban đầu)</source>
        <translation>Documents sent in addition at the request of this appraisal round (kept separate from the original documents)</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi của tiêu chí</source>
        <translation>Change history of the criterion</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Danh sách kiểm tra trước khi chốt</source>
        <translation>Checklist before finalising</translation>
    </message>
    <message>
        <source>Mất điểm</source>
        <translation>Lost points</translation>
    </message>
    <message>
        <source>Điểm bị mất khi thẩm định</source>
        <translation>Points lost in appraisal</translation>
    </message>
    <message>
        <source>Đưa các tiêu chí đã đánh dấu vào kế hoạch:</source>
        <translation>Add the marked criteria to a plan:</translation>
    </message>
    <message>
        <source>Kế hoạch năm sau</source>
        <translation>Next year&apos;s plan</translation>
    </message>
    <message>
        <source>Thêm vào kế hoạch năm sau</source>
        <translation>Add to next year&apos;s plan</translation>
    </message>
    <message>
        <source>Xuất phiếu Excel…</source>
        <translation>Export Excel sheet…</translation>
    </message>
    <message>
        <source>Nhập phiếu đã điền…</source>
        <translation>Import completed sheet…</translation>
    </message>
    <message>
        <source>Báo cáo PDF…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>Chốt bản tự đánh giá…</source>
        <translation>Finalise self-assessment…</translation>
    </message>
    <message>
        <source>Mở lần chấm mới</source>
        <translation>Open a new scoring revision</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>{count} việc cần xem trước khi chốt (bấm đúp để đến tiêu chí).</source>
        <translation>{count} items to review before finalising (double-click to go to the criterion).</translation>
    </message>
    <message>
        <source>Không còn việc nào cần xem: có thể chốt bản tự đánh giá.</source>
        <translation>Nothing left to review: the self-assessment can be finalised.</translation>
    </message>
    <message>
        <source>Chọn một tiêu chí trong phiếu.</source>
        <translation>Select a criterion in the sheet.</translation>
    </message>
    <message>
        <source>Điểm tối đa: {points}</source>
        <translation>Maximum points: {points}</translation>
    </message>
    <message>
        <source>Do tỉnh chấm</source>
        <translation>Scored by the province</translation>
    </message>
    <message>
        <source>Cách chấm: {rule}</source>
        <translation>Scoring rule: {rule}</translation>
    </message>
    <message>
        <source>Số liệu ghi: {hint}</source>
        <translation>Figures to enter: {hint}</translation>
    </message>
    <message>
        <source>Tài liệu cần có: {hint}</source>
        <translation>Required documents: {hint}</translation>
    </message>
    <message>
        <source> → {points} điểm</source>
        <translation> → {points} points</translation>
    </message>
    <message>
        <source>Chọn tài liệu kiểm chứng</source>
        <translation>Select evidence document</translation>
    </message>
    <message>
        <source>Tài liệu (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png);;Mọi tệp (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Đang chép {name} vào kho tài liệu…</source>
        <translation>Copying {name} into the document store…</translation>
    </message>
    <message>
        <source>Hãy đánh dấu các tiêu chí cần đưa vào kế hoạch.</source>
        <translation>Please mark the criteria to add to the plan.</translation>
    </message>
    <message>
        <source>Đưa vào kế hoạch</source>
        <translation>Add to plan</translation>
    </message>
    <message>
        <source>Thêm {count} nhiệm vụ khắc phục vào kế hoạch «{title}»? (Hoàn tác bằng Ctrl+Z.)</source>
        <translation>Add {count} remedial tasks to the plan “{title}”? (Undo with Ctrl+Z.)</translation>
    </message>
    <message>
        <source>Đã thêm {count} nhiệm vụ vào «{title}».</source>
        <translation>Added {count} tasks to “{title}”.</translation>
    </message>
</context>
<context>
    <name>ScoringTotals</name>
    <message>
        <source>{points} / {maximum} điểm được tính ({percent})</source>
        <translation>{points} / {maximum} points counted ({percent})</translation>
    </message>
    <message>
        <source>Thưởng</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Điểm thưởng</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <source>Trừ</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <source>Điểm trừ</source>
        <translation>Penalty points</translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tổng điểm trên điểm tối đa được tính</source>
        <translation>Total points out of the maximum points counted</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Theo ngôn ngữ của hệ thống</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới có hiệu lực từ lần mở chương trình sau.</source>
        <translation>The new language takes effect the next time the program is opened.</translation>
    </message>
    <message>
        <source>Đổi ngôn ngữ có hiệu lực từ lần mở chương trình sau. Tài liệu (PDF, Excel, Word) luôn bằng tiếng Việt.</source>
        <translation>A change of language takes effect the next time the program starts. Documents (PDF, Excel, Word) are always in Vietnamese.</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Thông tin của xã (điền sẵn khi tạo kế hoạch mới)</source>
        <translation>Commune information (pre-filled when creating a new plan)</translation>
    </message>
    <message>
        <source>&amp;Xã:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>ví dụ: Cửa Tùng</source>
        <translation>e.g. Cửa Tùng</translation>
    </message>
    <message>
        <source>&amp;Tỉnh:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>ví dụ: Quảng Trị</source>
        <translation>e.g. Quảng Trị</translation>
    </message>
    <message>
        <source>Cơ quan thường trực &amp;CCHC:</source>
        <translation>S&amp;tanding administrative reform (CCHC) body:</translation>
    </message>
    <message>
        <source>ví dụ: Phòng Văn hóa - Xã hội</source>
        <translation>e.g. Culture–Social Office</translation>
    </message>
    <message>
        <source>Dòng &amp;đầu góc trái:</source>
        <translation>&amp;Header lines (top left):</translation>
    </message>
    <message>
        <source>mỗi dòng một hàng, ví dụ: ỦY BAN NHÂN DÂN / XÃ CỬA TÙNG</source>
        <translation>one per line, e.g. PEOPLE&apos;S COMMITTEE / CỬA TÙNG COMMUNE</translation>
    </message>
    <message>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>ví dụ: Ủy ban nhân dân xã Cửa Tùng</source>
        <translation>e.g. Cửa Tùng Commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Địa &amp;danh (ghi ở dòng ngày tháng):</source>
        <translation>Place &amp;name (shown on the date line):</translation>
    </message>
    <message>
        <source>&amp;Ký hiệu kế hoạch:</source>
        <translation>Plan &amp;document code:</translation>
    </message>
    <message>
        <source>ví dụ: KH-UBND</source>
        <translation>e.g. KH-UBND</translation>
    </message>
    <message>
        <source>&amp;Thẩm quyền ký:</source>
        <translation>Signing &amp;authority:</translation>
    </message>
    <message>
        <source>ví dụ: TM. ỦY BAN NHÂN DÂN</source>
        <translation>e.g. ON BEHALF OF THE PEOPLE&apos;S COMMITTEE</translation>
    </message>
    <message>
        <source>C&amp;hức vụ người ký:</source>
        <translation>Signer&apos;s &amp;job title:</translation>
    </message>
    <message>
        <source>ví dụ: CHỦ TỊCH</source>
        <translation>e.g. CHAIRPERSON</translation>
    </message>
    <message>
        <source>&amp;Người ký:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <source>Nơi &amp;nhận:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>mỗi nơi nhận một dòng</source>
        <translation>one recipient per line</translation>
    </message>
    <message>
        <source>Người dùng và ngôn ngữ</source>
        <translation>User and language</translation>
    </message>
    <message>
        <source>Tên người &amp;dùng:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>ghi vào nhật ký thay đổi, ví dụ: Nguyễn Thị Hoa – Phòng VHXH</source>
        <translation>recorded in the change log, e.g. Nguyễn Thị Hoa – Culture–Social Office</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Thêm các chỉ tiêu đã chọn</source>
        <translation>Add selected targets</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TargetSuggestionsDialog</name>
    <message>
        <source>Gợi ý chỉ tiêu từ nội dung kế hoạch</source>
        <translation>Target suggestions from the plan content</translation>
    </message>
    <message>
        <source>Các chỉ tiêu dưới đây đọc được từ nội dung và mục tiêu của kế hoạch. Bỏ dấu chọn những dòng không phải chỉ tiêu, rồi bấm «Thêm các chỉ tiêu đã chọn».</source>
        <translation>The targets below were read from the plan&apos;s content and goals. Untick the rows that are not targets, then click “Add selected targets”.</translation>
    </message>
    <message>
        <source>Chỉ tiêu gợi ý</source>
        <translation>Suggested targets</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>{title} ({count} chỉ tiêu)</source>
        <translation>{title} ({count} targets)</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>(chỉ tiêu chung)</source>
        <translation>(general targets)</translation>
    </message>
    <message>
        <source>{count} chỉ tiêu: {met} đạt, {not_met} chưa đạt, {open} chưa có số liệu để so</source>
        <translation>{count} targets: {met} met, {not_met} not met, {open} without figures to compare</translation>
    </message>
    <message>
        <source>Chưa có chỉ tiêu nào.</source>
        <translation>No targets yet.</translation>
    </message>
    <message>
        <source>Chỉ tiêu ({count})</source>
        <translation>Targets ({count})</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Chỉ tiêu mới</source>
        <translation>New target</translation>
    </message>
    <message>
        <source>Không tìm thấy chỉ tiêu nào mới trong nội dung kế hoạch.</source>
        <translation>No new targets found in the plan content.</translation>
    </message>
    <message>
        <source>&amp;Thêm chỉ tiêu</source>
        <translation>&amp;Add target</translation>
    </message>
    <message>
        <source>&amp;Gợi ý từ nội dung kế hoạch…</source>
        <translation>&amp;Suggest from plan content…</translation>
    </message>
    <message>
        <source>Các chỉ tiêu có số liệu viết trong kế hoạch («100% hồ sơ…», «Phấn đấu … đạt trên 99%»): chọn để thêm</source>
        <translation>Targets with figures written in the plan (“100% of dossiers…”, “Strive for … to exceed 99%”): select to add</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Chuyển lên</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Chuyển xuống</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>&amp;Xóa chỉ tiêu</source>
        <translation>&amp;Delete target</translation>
    </message>
    <message>
        <source>Chỉ tiêu của kế hoạch</source>
        <translation>Plan targets</translation>
    </message>
    <message>
        <source>Nhấp đúp hoặc bấm F2 để sửa một ô; số liệu ghi như 99 hoặc 99,5. «Kết quả» tự so số đạt được với mục tiêu.</source>
        <translation>Double-click or press F2 to edit a cell; enter figures like 99 or 99,5. “Result” compares the achieved figure with the goal automatically.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Chọn một dòng (hoặc nhiều dòng) để ghi tiến độ và tài liệu kiểm chứng.</source>
        <translation>Select a row (or several rows) to record progress and evidence documents.</translation>
    </message>
    <message>
        <source>Lĩnh vực {code} · nhiệm vụ {number}</source>
        <translation>Area {code} · task {number}</translation>
    </message>
    <message>
        <source>Thời gian: {text} → {label}</source>
        <translation>Deadline: {text} → {label}</translation>
    </message>
    <message>
        <source>Chủ trì: {units}</source>
        <translation>Lead: {units}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} dòng đã chọn&lt;/b&gt;: trạng thái và ngày lưu cho tất cả; kết quả, lý do khi có ghi.</source>
        <translation>&lt;b&gt;{count} rows selected&lt;/b&gt;: status and date are saved for all; result and reason when entered.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lý do:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reason:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Chọn tài liệu kiểm chứng</source>
        <translation>Select evidence document</translation>
    </message>
    <message>
        <source>Tài liệu (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png);;Mọi tệp (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Đang chép {name} vào kho tài liệu kiểm chứng…</source>
        <translation>Copying {name} into the evidence store…</translation>
    </message>
    <message>
        <source>Đang chép {name}…</source>
        <translation>Copying {name}…</translation>
    </message>
    <message>
        <source>Lưu bản sao tài liệu</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <source>Đã lưu bản sao: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>Đã gỡ «{name}» khỏi dòng (Ctrl+Z để hoàn tác).</source>
        <translation>Removed “{name}” from the row (Ctrl+Z to undo).</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>Processing</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Bấm chuột phải để chọn các cột hiện ra</source>
        <translation>Right-click to choose which columns are shown</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Chưa xong (chưa / đang thực hiện)</source>
        <translation>Not finished (not started / in progress)</translation>
    </message>
    <message>
        <source>Mọi loại thời hạn</source>
        <translation>All deadline types</translation>
    </message>
    <message>
        <source>Thời hạn: {kind}</source>
        <translation>Deadline: {kind}</translation>
    </message>
    <message>
        <source>«chưa rõ»: cột Thời gian không ghi ngày, tháng, quý hay năm nào</source>
        <translation>“unclear”: the Deadline column gives no day, month, quarter or year</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Hiển thị {shown} / {total} dòng</source>
        <translation>Showing {shown} / {total} rows</translation>
    </message>
    <message>
        <source>&amp;Kế hoạch:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Danh sách nhiệm vụ</source>
        <translation>Task list</translation>
    </message>
    <message>
        <source>Tìm (gõ không dấu cũng được, ví dụ: dia chinh)</source>
        <translation>Search (accents optional, e.g. dia chinh)</translation>
    </message>
    <message>
        <source>Tìm nhiệm vụ</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <source>Lọc theo lĩnh vực</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <source>Lọc theo đơn vị chủ trì hoặc phối hợp</source>
        <translation>Filter by lead or supporting unit</translation>
    </message>
    <message>
        <source>Lọc theo trạng thái</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Lọc theo loại thời hạn</source>
        <translation>Filter by deadline type</translation>
    </message>
    <message>
        <source>&amp;Quá hạn</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>Đến &amp;hạn trong</source>
        <translation>Due &amp;within</translation>
    </message>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Số ngày tới</source>
        <translation>Number of days ahead</translation>
    </message>
    <message>
        <source>Hoàn thành &amp;trễ hạn</source>
        <translation>Completed &amp;late</translation>
    </message>
    <message>
        <source>&amp;Bỏ lọc</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Sổ nhiệm vụ</source>
        <translation>Task register</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Trạng thái:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Ngày hoàn thành:</source>
        <translation>Completion &amp;date:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Kết quả thực hiện:</source>
        <translation>Res&amp;ult:</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>bắt buộc khi không thực hiện</source>
        <translation>required when not carried out</translation>
    </message>
    <message>
        <source>&amp;Lưu tiến độ</source>
        <translation>Sa&amp;ve progress</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Evidence documents</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng của dòng</source>
        <translation>Evidence documents for the row</translation>
    </message>
    <message>
        <source>Đính &amp;kèm…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <source>&amp;Mở</source>
        <translation>Op&amp;en</translation>
    </message>
    <message>
        <source>Lưu một bản sao của tệp ra thư mục khác</source>
        <translation>Save a copy of the file to another folder</translation>
    </message>
    <message>
        <source>Lưu &amp;ra…</source>
        <translation>Save &amp;to…</translation>
    </message>
    <message>
        <source>&amp;Gỡ</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Tổng quan tiến độ</source>
        <translation>Progress overview</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Thùng rác</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Đã khôi phục kế hoạch «{title}».</source>
        <translation>Restored plan “{title}”.</translation>
    </message>
    <message>
        <source>Dọn sạch thùng rác</source>
        <translation>Empty trash</translation>
    </message>
    <message>
        <source>Xóa hẳn {count} kế hoạch trong thùng rác? Việc này không hoàn tác được (bản sao lưu tự động được tạo ngay trước khi xóa vẫn giữ chúng).</source>
        <translation>Permanently delete {count} plans in the trash? This cannot be undone (the automatic backup copy made just before deletion still keeps them).</translation>
    </message>
    <message>
        <source>Kế hoạch đã xóa nằm ở đây cho đến khi dọn thùng rác. Khôi phục đưa kế hoạch về nguyên vẹn, cùng tiến độ và tài liệu kiểm chứng.</source>
        <translation>Deleted plans stay here until the trash is emptied. Restoring brings a plan back intact, with its progress and evidence documents.</translation>
    </message>
    <message>
        <source>Khôi phục kế hoạch đang chọn</source>
        <translation>Restore selected plan</translation>
    </message>
    <message>
        <source>Dọn sạch thùng rác…</source>
        <translation>Empty trash…</translation>
    </message>
    <message>
        <source>Kế hoạch trong thùng rác</source>
        <translation>Plans in the trash</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Thêm «{name}» (tên mới)</source>
        <translation>Add “{name}” (new name)</translation>
    </message>
    <message>
        <source>Gõ để lọc (không dấu cũng được); Enter để chọn hoặc thêm tên mới</source>
        <translation>Type to filter (without diacritics works too); Enter to select or add a new name</translation>
    </message>
    <message>
        <source>Danh mục đơn vị</source>
        <translation>Unit list</translation>
    </message>
    <message>
        <source>Đã chọn: {names}</source>
        <translation>Selected: {names}</translation>
    </message>
    <message>
        <source>Chưa chọn đơn vị nào.</source>
        <translation>No unit selected.</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Tên đầy đủ của đơn vị:</source>
        <translation>Full name of the unit:</translation>
    </message>
    <message>
        <source>Đổi tên đơn vị</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <source>Tên mới (các dòng nhiệm vụ nêu tên cũ được đổi theo):</source>
        <translation>New name (task rows that mention the old name are updated):</translation>
    </message>
    <message>
        <source>Gộp đơn vị</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <source>Gộp «{name}» vào đơn vị nào? ({rows} dòng nhiệm vụ sẽ nêu tên đơn vị được chọn.)</source>
        <translation>Merge “{name}” into which unit? ({rows} task rows will name the selected unit.)</translation>
    </message>
    <message>
        <source>Các phòng, ban, đơn vị được nêu tên ở cột Chủ trì và Phối hợp. Hai tên chỉ một đơn vị (ví dụ viết tắt hoặc khác dấu gạch) có thể gộp lại: các dòng nhiệm vụ đi theo.</source>
        <translation>Offices, departments and units named in the Lead and Supporting columns. Two names for the same unit (e.g. an abbreviation or a different dash) can be merged: the task rows follow.</translation>
    </message>
    <message>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Gộp vào đơn vị khác…</source>
        <translation>Merge into another unit…</translation>
    </message>
    <message>
        <source>Danh mục đơn vị</source>
        <translation>Unit list</translation>
    </message>
</context>
</TS>
