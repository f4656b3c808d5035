/**
 * Every text the `baocao` command prints, in Vietnamese (the default) and English. Each error
 * says what is wrong, where, and what to do. Findings from the core carry their own texts
 * (Finding.message); this catalogue holds only the CLI's own words.
 */
import { NOT_REPORTED_WORDS, SOURCE_VERDICT_WORDS } from '../core/messages/vocabulary';
import type { Lang, Severity } from '../core/types';
import type { SetAsideKind } from './cli-files';

const TOOL = 'baocao';

export interface CliMessages {
  help: Record<'main' | 'template' | 'validate' | 'consolidate' | 'sample' | 'demo' | 'verify', string>;
  usage: {
    unknownCommand(cmd: string): string;
    unknownOption(option: string, cmd: string): string;
    missingValue(option: string, cmd: string): string;
    unexpectedValue(option: string, cmd: string): string;
    repeatedOption(option: string, cmd: string): string;
    missingOption(option: string, cmd: string, example: string): string;
    conflicting(a: string, b: string, cmd: string): string;
    extraArguments(cmd: string, extra: string[]): string;
    badYear(value: string, option: string): string;
    badYears(value: string): string;
    yearOutsidePlan(year: number, option: string, plan: string, first: number, last: number): string;
    badDate(value: string, option: string): string;
    badLang(value: string): string;
    badInteger(value: string, option: string, min: number, max: number): string;
    noInputs(cmd: string): string;
    helpHint(cmd?: string): string;
  };
  severity: Record<Severity, string>;
  config: {
    notFound(file: string): string;
    unreadable(file: string, reason: string): string;
    notJson(file: string, reason: string): string;
    tooLarge(file: string, bytes: number, limit: number): string;
    invalid(file: string, count: number): string;
    hintInDir(dir: string, file: string): string;
  };
  files: {
    notFound(path: string): string;
    unreadable(path: string, reason: string): string;
    emptyDir(dir: string): string;
    skipped(dir: string, names: string[]): string;
    subfolders(dir: string, names: string[]): string;
    linkFollowed(path: string, target: string): string;
    setAside(path: string, kind: SetAsideKind): string;
    staleTemps(dir: string, names: string[], removed: boolean): string;
    exists(path: string): string;
    existMany(count: number, first: string, dir: string): string;
    isInput(path: string): string;
    writeFailed(path: string, reason: string): string;
    wrongExtension(path: string, ext: string, option: string): string;
    notEmptyDir(dir: string): string;
    notADir(path: string): string;
  };
  template: {
    needUnitOrAll: string;
    unitNotFound(query: string, year: number, suggestions: string[]): string;
    unitInactive(code: string, name: string, year: number, from?: number, to?: number): string;
    noActiveUnits(year: number): string;
    written(path: string, unit: string, year: number): string;
    writtenAll(count: number, dir: string, year: number, seconds: string): string;
    progress: string;
    /** Two units' templates would have one file name: the later unit's is told apart. */
    nameClash(unit: string, other: string, plain: string, file: string): string;
  };
  validate: {
    fileHeader(file: string): string;
    sheetHeader(sheet: string, unit: string, year: number, version: number): string;
    writtenAs(name: string): string;
    noFindings: string;
    counts(errors: number, warnings: number, infos: number): string;
    unreadable: string;
    blocFile(years: string): string;
    milestone(label: string, status: string, deadline: string, done?: string): string;
    milestoneYear(label: string, year: number): string;
    summary(files: number, clean: number, withErrors: number, unreadable: number): string;
    statusOk: string;
    statusErrors(n: number): string;
    statusUnreadable: string;
    statusBloc: string;
  };
  consolidate: {
    header(year: number, asOf: string): string;
    reading(count: number, where: string): string;
    statusRead: string;
    statusUnreadable: string;
    statusBloc: string;
    blocUsed(file: string, years: string): string;
    blocProblem(file: string): string;
    notBloc(file: string): string;
    sourcesTitle: string;
    attentionTitle: string;
    plainAccepted(n: number): string;
    findingsBrief(list: string): string;
    detailsHint: string;
    otherYears(list: string): string;
    headline: string;
    reported(reported: number, expected: number, percent: string): string;
    notReported(count: number): string;
    notReportedLine(code: string, name: string, last: string): string;
    neverReported: string;
    lastReported(year: number): string;
    targetsMet(met: number, total: number, notReported: number): string;
    lateTitle(count: number): string;
    wrongTemplate(note: string): string;
    statusOwnOutput: string;
    ownOutput(message: string): string;
    noReports(year: number, years: string): string;
    targetsNotMetTitle: string;
    indicatorsTitle: string;
    bullet(text: string): string;
    files(parts: string): string;
    fileCounts: {
      accepted(n: number): string;
      withFindings(n: number): string;
      oldTemplate(n: number): string;
      duplicate(n: number): string;
      unknownUnit(n: number): string;
      otherYear(n: number): string;
      rejected(n: number): string;
    };
    written(path: string, sheets: string): string;
    writtenJson(path: string): string;
    andMore(n: number): string;
  };
  sample: {
    notSampleDir(dir: string): string;
    sampleDirExists(dir: string): string;
    writing(count: number, dir: string): string;
    done(dir: string, seed: number, seconds: string): string;
    units(count: number, years: string, reports: number): string;
    perYear(year: number, reports: number, notReported: number, late: number): string;
    injected(list: string): string;
    defectNames: Record<string, string>;
    config(path: string): string;
    manifest(path: string): string;
    bloc(path: string): string;
    next(command: string): string;
  };
  demo: {
    step1(dir: string): string;
    step2(year: number, out: string): string;
    asOf(date: string, year: number): string;
    filesTitle: string;
    sampleDir(dir: string): string;
    xlsx(path: string): string;
    json(path: string): string;
    howToOpen(path: string): string;
    open(path: string): string[];
    sheets: string;
  };
  verify: {
    notXlsx(path: string): string;
    header(workbook: string, year: number, fingerprint: string): string;
    selfSkipped(path: string): string;
  };
  version(v: string): string;
}

// --- Vietnamese ---------------------------------------------------------------------------------

const list = (items: string[], more: string): string => items.join(', ') + more;

const vi: CliMessages = {
  help: {
    main: `${TOOL}: công cụ dòng lệnh theo dõi Đề án 04 (tỉnh Nghệ An)

Cách dùng: ${TOOL} <lệnh> [tùy chọn]

Các lệnh:
  template     Tạo mẫu báo cáo (.xlsx) cho một đơn vị hoặc cho tất cả đơn vị
  validate     Kiểm tra các tệp báo cáo, chỉ ra lỗi theo tệp, trang và ô
  consolidate  Tổng hợp các tệp báo cáo thành biểu tổng hợp (.xlsx) và tệp .json
  sample       Tạo bộ dữ liệu mẫu (báo cáo của các đơn vị giả định)
  demo         Chạy thử: tạo dữ liệu mẫu rồi tổng hợp năm 2025 vào thư mục ./out
  verify       Đối chiếu: các tệp có đúng là bộ số liệu đã chốt trong biểu tổng hợp không

Tùy chọn chung:
  --lang vi|en     Ngôn ngữ (mặc định: vi)
  --config TỆP     Tệp cài đặt .json (danh sách đơn vị, ngày tính, ...)
  --quiet, -q      Chỉ in lỗi
  --help, -h       Hướng dẫn của từng lệnh, ví dụ: ${TOOL} consolidate --help
  --version        Phiên bản

Mã thoát: 0 = thành công; 1 = báo cáo có lỗi (validate); 2 = dùng lệnh sai hoặc không đọc được tệp.`,
    template: `Cách dùng:
  ${TOOL} template --unit MÃ --year NĂM [-o TỆP.xlsx]
  ${TOOL} template --all --year NĂM [-o THƯ_MỤC]

Tạo mẫu báo cáo năm NĂM cho đơn vị có mã (hoặc tên) MÃ, hoặc cho mọi đơn vị đang hoạt động
trong năm đó (mỗi đơn vị một tệp, ví dụ BC-2025-DV002-So-Noi-vu.xlsx).

Tùy chọn:
  --unit MÃ        Mã đơn vị (DV002) hoặc tên đơn vị ("Sở Nội vụ")
  --all            Tất cả đơn vị đang hoạt động trong năm
  --year NĂM       Năm báo cáo, ví dụ 2025
  -o, --output     Tệp (với --unit) hoặc thư mục (với --all); mặc định: thư mục hiện tại
  --force          Ghi đè tệp đã có (mặc định: không ghi đè, để không mất số liệu đã nhập)
  --lang vi|en     Ngôn ngữ của mẫu (mặc định: vi)
  --config TỆP     Danh sách đơn vị và cài đặt khác (.json)
  --quiet, -q      Chỉ in lỗi`,
    validate: `Cách dùng:
  ${TOOL} validate TỆP... [--as-of YYYY-MM-DD]

Kiểm tra từng tệp báo cáo theo các chỉ tiêu của Đề án: in kết quả kiểm tra theo tệp, trang
tính và ô (lỗi, cảnh báo, thông tin).

Mã thoát: 0 = không có lỗi; 1 = có báo cáo có lỗi; 2 = có tệp không đọc được như một báo cáo
(hoặc dùng lệnh sai).

Tùy chọn:
  --as-of NGÀY     Ngày tính (mặc định: ngày trong cài đặt, nếu không có thì hôm nay)
  --lang vi|en     Ngôn ngữ (mặc định: vi)
  --config TỆP     Danh sách đơn vị và cài đặt khác (.json)
  --quiet, -q      Chỉ in các lỗi`,
    consolidate: `Cách dùng:
  ${TOOL} consolidate TỆP...|THƯ_MỤC --year NĂM [-o TỔNG_HỢP.xlsx] [--json TỔNG_HỢP.json]
                      [--as-of YYYY-MM-DD] [--bloc TỆP] [--force] [--allow-empty]

Đọc mọi tệp được chỉ ra (với thư mục: mọi tệp trong thư mục, không đọc thư mục con), xét từng
tệp (đã nhận, trùng lặp, đơn vị lạ, bị từ chối...), rồi ghi biểu tổng hợp gồm 5 trang: Tổng hợp,
Tóm tắt, Xu hướng, Nguồn, Đôn đốc báo cáo (đơn vị chưa báo cáo, báo cáo cần bổ sung, sửa). Một tệp hỏng không làm dừng cả đợt tổng hợp. Báo cáo các năm khác
trong cùng thư mục được dùng cho trang Xu hướng.

Tùy chọn:
  --year NĂM       Năm tổng hợp (bắt buộc)
  -o, --output     Tệp kết quả .xlsx (mặc định: tong-hop-NĂM.xlsx)
  --json TỆP       Ghi thêm kết quả dạng .json
  --as-of NGÀY     Ngày tính tình trạng các mốc (mặc định: ngày trong cài đặt, nếu không có thì hôm nay)
  --bloc TỆP       Tệp số liệu Khối (xếp hạng chỉ số của tỉnh, các mốc của Khối); tệp số liệu
                   Khối nằm trong thư mục báo cáo cũng được nhận ra
  --force          Ghi đè tệp kết quả đã có (không bao giờ ghi vào tệp đầu vào)
  --allow-empty    Vẫn ghi biểu tổng hợp khi không có báo cáo nào của năm (mặc định: báo lỗi,
                   mã thoát 1, không ghi tệp)
  --lang vi|en     Ngôn ngữ (mặc định: vi)
  --config TỆP     Danh sách đơn vị và cài đặt khác (.json)
  --quiet, -q      Chỉ in lỗi`,
    sample: `Cách dùng:
  ${TOOL} sample [--units SỐ] [--years 2021-2025] [-o THƯ_MỤC] [--seed SỐ] [--force]

Tạo bộ báo cáo mẫu của các đơn vị giả định, có đủ những gì một đợt báo cáo thật có: đơn vị nộp
muộn, đơn vị chưa nộp, bản gửi lại, đơn vị đổi tên, đơn vị sáp nhập, giá trị sai hoặc gõ sai
kiểu, chữ Unicode tổ hợp, phông TCVN3, mẫu cũ. Cùng một seed cho ra cùng các tệp, từng byte.
Trong thư mục còn có baocao.config.json (danh sách đơn vị, ngày tính), tệp số liệu Khối và
sample-manifest.json (danh mục các lỗi cài sẵn).

Tùy chọn:
  --units SỐ       Số đơn vị (mặc định: 70; trên 70 thì thêm đơn vị giả định)
  --years KHOẢNG   Các năm, ví dụ 2021-2025 hoặc 2024,2025 (mặc định: 2021-2025)
  -o, --output     Thư mục kết quả (mặc định: ./out/sample)
  --seed SỐ        Hạt giống ngẫu nhiên (mặc định: 1)
  --force          Thay bộ mẫu cũ trong thư mục (chỉ xóa các tệp của bộ mẫu cũ)
  --quiet, -q      Chỉ in lỗi`,
    demo: `Cách dùng:
  ${TOOL} demo [-o THƯ_MỤC]

Chạy thử toàn bộ quy trình bằng một lệnh: tạo dữ liệu mẫu (70 đơn vị, 2021-2025, seed 1) vào
./out/sample, rồi tổng hợp năm 2025 vào ./out/tong-hop-2025.xlsx và ./out/tong-hop-2025.json.
Ngày tính là 01/01/2026 (ngày sau khi năm 2025 khép lại), nên kết quả giống nhau mỗi lần chạy.
Chạy lại sẽ thay các tệp do lần chạy trước tạo ra.

Tùy chọn:
  -o, --output     Thư mục kết quả (mặc định: ./out)
  --lang vi|en     Ngôn ngữ (mặc định: vi)
  --quiet, -q      Chỉ in lỗi`,
    verify: `Cách dùng:
  ${TOOL} verify TỔNG_HỢP.xlsx TỆP...|THƯ_MỤC

Đối chiếu (chốt số liệu): đọc dấu vân tay và mã SHA-256 của từng tệp mà biểu tổng hợp
TỔNG_HỢP.xlsx đã ghi (trang “Nguồn”), tính lại mã SHA-256 của các tệp được chỉ ra (chọn tệp như
lệnh consolidate: mọi tệp trong thư mục, không đọc thư mục con, bỏ qua tệp ẩn, tệp khóa “~$”,
baocao.config.json và sample-manifest.json), rồi in “Không thay đổi” hoặc tên từng tệp đã sửa,
bị thiếu hoặc được thêm. Tệp được so theo tên (không kể thư mục) và nội dung từng byte. Bản
thân TỔNG_HỢP.xlsx nằm trong thư mục thì được bỏ qua. Nếu khi tổng hợp có dùng --bloc với một
tệp ở nơi khác, hãy chỉ ra cả tệp đó.

Mã thoát: 0 = không thay đổi; 1 = có tệp đã sửa, bị thiếu hoặc được thêm (hoặc phần ghi dấu
vân tay đã bị sửa); 2 = dùng lệnh sai, không đọc được tệp, hoặc TỔNG_HỢP.xlsx không có dấu
vân tay.

Tùy chọn:
  --lang vi|en     Ngôn ngữ (mặc định: vi)
  --config TỆP     Cài đặt (chỉ dùng giới hạn kích thước tệp khi đọc TỔNG_HỢP.xlsx)
  --quiet, -q      Chỉ in kết quả đối chiếu và lỗi`,
  },
  usage: {
    unknownCommand: (cmd) =>
      `Không có lệnh “${cmd}”. Các lệnh: template, validate, consolidate, sample, demo, verify. Gõ “${TOOL} --help” để xem hướng dẫn.`,
    unknownOption: (option, cmd) =>
      `Lệnh “${cmd}” không có tùy chọn “${option}”. Gõ “${TOOL} ${cmd} --help” để xem các tùy chọn.`,
    missingValue: (option, cmd) =>
      `Tùy chọn “${option}” của lệnh “${cmd}” cần một giá trị, ví dụ “${option} 2025”. Hãy ghi giá trị ngay sau tùy chọn.`,
    unexpectedValue: (option, cmd) =>
      `Tùy chọn “${option}” của lệnh “${cmd}” không nhận giá trị. Hãy bỏ phần “=...” sau nó.`,
    repeatedOption: (option, cmd) =>
      `Tùy chọn “${option}” được ghi hai lần trong lệnh “${cmd}”. Hãy chỉ ghi một lần.`,
    missingOption: (option, cmd, example) =>
      `Lệnh “${cmd}” cần tùy chọn “${option}”, ví dụ: ${TOOL} ${cmd} ${example}`,
    conflicting: (a, b, cmd) => `Lệnh “${cmd}” không dùng cùng lúc “${a}” và “${b}”. Hãy chọn một trong hai.`,
    extraArguments: (cmd, extra) =>
      `Lệnh “${cmd}” không nhận thêm “${extra.join(' ')}”. Có thể thiếu tên tùy chọn phía trước (ví dụ “-o”).`,
    badYear: (value, option) =>
      `“${value}” (tùy chọn ${option}) không phải là năm hợp lệ. Hãy ghi năm bằng 4 chữ số, ví dụ 2025.`,
    yearOutsidePlan: (year, option, plan, first, last) =>
      `Năm ${year} (tùy chọn ${option}) nằm ngoài các năm báo cáo của ${plan}: từ ${first} đến ${last} (năm cuối là năm sau ngày tính của cài đặt). Hãy chọn một năm trong khoảng đó.`,
    badYears: (value) =>
      `“${value}” không phải là khoảng năm hợp lệ. Hãy ghi dạng 2021-2025, hoặc liệt kê 2024,2025.`,
    badDate: (value, option) =>
      `“${value}” (tùy chọn ${option}) không phải là ngày hợp lệ. Hãy ghi dạng YYYY-MM-DD (2025-12-31) hoặc dd/mm/yyyy (31/12/2025).`,
    badLang: (value) => `Ngôn ngữ “${value}” không được hỗ trợ. Hãy dùng “--lang vi” hoặc “--lang en”.`,
    badInteger: (value, option, min, max) =>
      `“${value}” (tùy chọn ${option}) không hợp lệ: cần một số nguyên từ ${min} đến ${max}.`,
    noInputs: (cmd) =>
      `Lệnh “${cmd}” cần ít nhất một tệp hoặc thư mục báo cáo, ví dụ: ${TOOL} ${cmd} out/sample`,
    helpHint: (cmd) => `Gõ “${TOOL}${cmd ? ` ${cmd}` : ''} --help” để xem hướng dẫn.`,
  },
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  config: {
    notFound: (file) => `Không tìm thấy tệp cài đặt “${file}”. Hãy kiểm tra đường dẫn sau --config.`,
    unreadable: (file, reason) =>
      `Không đọc được tệp cài đặt “${file}” (${reason}). Hãy kiểm tra quyền đọc tệp.`,
    notJson: (file, reason) =>
      `Tệp cài đặt “${file}” không phải là JSON hợp lệ (${reason}). Hãy sửa tệp, hoặc xuất lại cài đặt từ phần bổ trợ.`,
    tooLarge: (file, bytes, limit) =>
      `Tệp cài đặt “${file}” có ${bytes} byte, vượt giới hạn ${limit} byte của một tệp cài đặt nên không được đọc. Hãy chỉ ra đúng tệp cài đặt (xuất từ phần bổ trợ) sau --config.`,
    invalid: (file, count) =>
      `Tệp cài đặt “${file}” có ${count} chỗ không hợp lệ (xem bên dưới). Hãy sửa các chỗ đó rồi chạy lại.`,
    hintInDir: (dir, file) =>
      `Thư mục “${dir}” có tệp cài đặt “${file}” (danh sách đơn vị của bộ dữ liệu). Để dùng nó, thêm: --config ${file}`,
  },
  files: {
    notFound: (path) => `Không tìm thấy “${path}”. Hãy kiểm tra tên tệp hoặc thư mục.`,
    unreadable: (path, reason) =>
      `Không đọc được “${path}” (${reason}). Hãy kiểm tra quyền đọc hoặc đóng chương trình đang mở tệp.`,
    emptyDir: (dir) =>
      `Thư mục “${dir}” không có tệp nào để đọc. Hãy chép các tệp báo cáo vào đó, hoặc chỉ ra đúng thư mục.`,
    skipped: (dir, names) =>
      `Bỏ qua trong “${dir}”: ${names.join(', ')} (tệp cài đặt, danh mục mẫu, tệp ẩn hoặc tệp khóa của Excel).`,
    subfolders: (dir, names) =>
      `Bỏ qua các thư mục con trong “${dir}”: ${names.join(', ')} (chỉ đọc các tệp nằm ngay trong thư mục). Muốn đọc, hãy chỉ ra thêm các thư mục đó.`,
    linkFollowed: (path, target) => `“${path}” là liên kết (symlink) đến “${target}”: đọc tệp đích.`,
    setAside: (path, kind) =>
      `Bỏ qua “${path}”: ` +
      {
        special: 'không phải tệp thông thường (FIFO, socket hoặc thiết bị) nên không mở.',
        loop: 'liên kết (symlink) vòng lặp, không dẫn đến tệp nào.',
        'broken-link': 'liên kết (symlink) hỏng, tệp đích không còn.',
        'link-to-folder': 'liên kết (symlink) đến một thư mục; thư mục con không được đọc.',
      }[kind] +
      ' Hãy chỉ ra chính tệp báo cáo.',
    staleTemps: (dir, names, removed) =>
      removed
        ? `Đã xóa tệp tạm còn sót của lần chạy trước bị ngắt trong “${dir}”: ${names.join(', ')}.`
        : `Trong “${dir}” có tệp tạm của một lần chạy khác (có thể đang chạy): ${names.join(', ')}. Nếu không có lần chạy nào khác, hãy xóa chúng.`,
    exists: (path) =>
      `Tệp “${path}” đã có; không ghi đè để tránh mất dữ liệu. Hãy chọn tên khác bằng -o, hoặc thêm --force để ghi đè.`,
    existMany: (count, first, dir) =>
      `${count} tệp sẽ tạo đã có trong “${dir}” (ví dụ “${first}”); không ghi đè để tránh mất số liệu đã nhập. Hãy chọn thư mục khác bằng -o, hoặc thêm --force để ghi đè.`,
    isInput: (path) =>
      `Tệp kết quả “${path}” cũng là một tệp đầu vào; không bao giờ ghi vào tệp đầu vào. Hãy chọn tên khác cho tệp kết quả.`,
    writeFailed: (path, reason) =>
      `Không ghi được “${path}” (${reason}). Hãy kiểm tra quyền ghi, dung lượng đĩa, hoặc đóng tệp nếu đang mở trong Excel.`,
    wrongExtension: (path, ext, option) =>
      `Tệp “${path}” (tùy chọn ${option}) phải có đuôi ${ext}. Hãy đổi tên tệp.`,
    notEmptyDir: (dir) =>
      `Thư mục “${dir}” đã có tệp và không phải là thư mục dữ liệu mẫu. Hãy chọn một thư mục trống (hoặc chưa có) bằng -o.`,
    notADir: (path) => `“${path}” là một tệp, không phải thư mục. Hãy chỉ ra một thư mục bằng -o.`,
  },
  template: {
    needUnitOrAll: `Hãy cho biết tạo mẫu cho ai: “--unit MÃ” (một đơn vị) hoặc “--all” (mọi đơn vị), ví dụ: ${TOOL} template --unit DV002 --year 2025`,
    unitNotFound: (query, year, suggestions) =>
      `Không tìm thấy đơn vị “${query}” trong danh sách năm ${year}.` +
      (suggestions.length > 0 ? ` Có phải là: ${suggestions.join('; ')}?` : '') +
      ` Hãy ghi mã đơn vị (ví dụ DV002) hoặc tên đúng như trong danh sách đơn vị.`,
    unitInactive: (code, name, year, from, to) =>
      `Đơn vị ${code} “${name}” không hoạt động trong năm ${year}` +
      (from !== undefined || to !== undefined ? ` (hoạt động ${from ?? '…'}–${to ?? 'nay'})` : '') +
      `. Hãy chọn năm khác, hoặc đơn vị tiếp nhận nếu đơn vị đã sáp nhập.`,
    noActiveUnits: (year) =>
      `Không có đơn vị nào hoạt động trong năm ${year}. Hãy kiểm tra năm hoặc danh sách đơn vị (--config).`,
    written: (path, unit, year) => `Đã tạo mẫu báo cáo năm ${year} của ${unit}: ${path}`,
    writtenAll: (count, dir, year, seconds) =>
      `Đã tạo ${count} mẫu báo cáo năm ${year} trong “${dir}” (${seconds} giây).`,
    progress: 'đã tạo',
    nameClash: (unit, other, plain, file) =>
      `Lưu ý: mẫu của ${unit} và của ${other} sẽ trùng tên tệp “${plain}” (tên tệp không dấu, không phân biệt chữ hoa, chữ thường), nên mẫu của ${unit} được ghi vào “${file}”. Hãy gửi đúng tệp cho từng đơn vị.`,
  },
  validate: {
    fileHeader: (file) => `Tệp ${file}`,
    sheetHeader: (sheet, unit, year, version) =>
      `  Trang tính “${sheet}”: ${unit}, năm ${year}, mẫu phiên bản ${version}`,
    writtenAs: (name) => ` (báo cáo ghi “${name}”)`,
    noFindings: '    Không có lỗi hay cảnh báo.',
    counts: (errors, warnings, infos) => `    ${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin.`,
    unreadable: '  Không đọc được tệp này như một báo cáo:',
    blocFile: (years) => `  Tệp số liệu Khối (năm ${years}).`,
    milestone: (label, status, deadline, done) =>
      `    Mốc: ${label}: ${status}, ${deadline}${done !== undefined ? `, xong ${done}` : ''}.`,
    milestoneYear: (label, year) => `${label} (năm ${year})`,
    summary: (files, clean, withErrors, unreadable) =>
      `Đã kiểm tra ${files} tệp: ${clean} tệp không có lỗi, ${withErrors} tệp có lỗi, ${unreadable} tệp không đọc được.`,
    statusOk: 'không có lỗi',
    statusErrors: (n) => `${n} lỗi`,
    statusUnreadable: 'không đọc được',
    statusBloc: 'số liệu Khối',
  },
  consolidate: {
    header: (year, asOf) => `Tổng hợp báo cáo năm ${year} (ngày tính ${asOf})`,
    reading: (count, where) => `Đọc ${count} tệp từ ${where}...`,
    statusRead: 'đã đọc',
    statusUnreadable: 'không đọc được',
    statusBloc: 'số liệu Khối',
    blocUsed: (file, years) => `Số liệu Khối: ${file} (năm ${years}).`,
    blocProblem: (file) =>
      `Tệp số liệu Khối “${file}” có vấn đề (xem bên dưới); các số liệu đọc được vẫn được dùng.`,
    notBloc: (file) =>
      `Tệp “${file}” (tùy chọn --bloc) không có trang số liệu Khối (không thấy dấu mẫu của Khối). Hãy chỉ ra tệp số liệu Khối (ví dụ So-lieu-Khoi-2025.xlsx), hoặc bỏ --bloc.`,
    sourcesTitle: 'Kết quả từng tệp:',
    attentionTitle: 'Các tệp cần chú ý:',
    plainAccepted: (n) => `  ${n} tệp khác: ${SOURCE_VERDICT_WORDS.accepted.vi}, không có lỗi hay cảnh báo.`,
    findingsBrief: (l) => `Cần xem: ${l}.`,
    detailsHint: `  Xem đầy đủ từng lỗi, cảnh báo: ${TOOL} validate <tệp>, hoặc trang “Nguồn” của biểu tổng hợp.`,
    otherYears: (l) => `  Báo cáo năm khác (dùng cho trang Xu hướng): ${l}.`,
    headline: 'Kết quả chính:',
    reported: (reported, expected, percent) => `  Đơn vị đã báo cáo: ${reported}/${expected} (${percent}).`,
    notReported: (count) => `  ${NOT_REPORTED_WORDS.vi}: ${count} đơn vị.`,
    notReportedLine: (code, name, last) => `    - ${code} ${name}${last}`,
    neverReported: ' (chưa có báo cáo năm nào trong đợt này)',
    lastReported: (year) => ` (báo cáo gần nhất: năm ${year})`,
    targetsMet: (met, total, notReported) =>
      `  Chỉ tiêu của Đề án đạt: ${met}/${total}${notReported > 0 ? ` (còn ${notReported} cấp ủy chưa báo cáo, được tính là chưa đạt)` : ''}.`,
    lateTitle: (count) => `  Gửi báo cáo sau hạn: ${count} cấp ủy.`,
    wrongTemplate: (note) => ` (${note})`,
    statusOwnOutput: 'kết quả tổng hợp, bỏ qua',
    ownOutput: (message) => `Bỏ qua: ${message}`,
    noReports: (year, years) =>
      `Không có báo cáo nào của năm ${year} trong các tệp đã đọc${years ? `; các năm có báo cáo: ${years}` : '; không có báo cáo của năm nào'}. Không ghi biểu tổng hợp. Hãy kiểm tra năm (--year) và thư mục báo cáo; nếu vẫn cần biểu tổng hợp trống, thêm --allow-empty.`,
    targetsNotMetTitle: '  Chỉ tiêu chưa đạt:',
    indicatorsTitle: '  Chỉ số của tỉnh:',
    bullet: (text) => `    - ${text}`,
    files: (parts) => `  Tệp: ${parts}.`,
    fileCounts: {
      accepted: (n) => `${n} đã nhận`,
      withFindings: (n) => `${n} đã nhận có lỗi/cảnh báo`,
      oldTemplate: (n) => `${n} mẫu cũ`,
      duplicate: (n) => `${n} trùng lặp`,
      unknownUnit: (n) => `${n} đơn vị lạ`,
      otherYear: (n) => `${n} năm khác`,
      rejected: (n) => `${n} bị từ chối`,
    },
    written: (path, sheets) => `Đã ghi biểu tổng hợp: ${path} (trang: ${sheets})`,
    writtenJson: (path) => `Đã ghi kết quả dạng JSON: ${path}`,
    andMore: (n) => `    ... và ${n} đơn vị khác (xem trang Tóm tắt).`,
  },
  sample: {
    notSampleDir: (dir) =>
      `Thư mục “${dir}” đã có tệp và không phải là thư mục dữ liệu mẫu (không có sample-manifest.json). Hãy chọn một thư mục trống bằng -o.`,
    sampleDirExists: (dir) =>
      `Thư mục “${dir}” đã có một bộ dữ liệu mẫu. Thêm --force để thay nó (chỉ xóa các tệp của bộ mẫu cũ), hoặc chọn thư mục khác bằng -o.`,
    writing: (count, dir) => `Tạo ${count} tệp vào “${dir}”...`,
    done: (dir, seed, seconds) => `Đã tạo bộ dữ liệu mẫu trong “${dir}” (seed ${seed}, ${seconds} giây).`,
    units: (count, years, reports) => `  ${count} đơn vị, năm ${years}: ${reports} tệp báo cáo.`,
    perYear: (year, reports, notReported, late) =>
      `  Năm ${year}: ${reports} tệp, ${notReported} đơn vị chưa báo cáo, ${late} báo cáo nộp muộn.`,
    injected: (l) => `  Lỗi và tình huống cài sẵn: ${l}.`,
    defectNames: {
      'percent-out-of-range': 'tỷ lệ ngoài 0-100',
      'negative-count': 'số âm',
      'percent-as-text': 'tỷ lệ gõ dạng chữ',
      'yes-as-x': '“x” thay cho “Có”',
      'number-as-text': 'số gõ dạng chữ',
      'date-as-text': 'ngày gõ dạng chữ',
      'decomposed-unit-name': 'tên Unicode tổ hợp',
      'tcvn3-preparer': 'tên người lập gõ TCVN3',
      'tcvn3-note': 'ghi chú gõ TCVN3',
      'old-template': 'mẫu cũ',
      late: 'nộp muộn',
      'duplicate-first': 'bản gửi lần đầu',
      'duplicate-correction': 'bản gửi lại',
      renamed: 'đơn vị đổi tên',
      merged: 'đơn vị sáp nhập',
    },
    config: (path) => `  Cài đặt (danh sách đơn vị, ngày tính): ${path}`,
    manifest: (path) => `  Danh mục lỗi cài sẵn: ${path}`,
    bloc: (path) => `  Số liệu Khối (xếp hạng chỉ số, các mốc của Khối): ${path}`,
    next: (command) => `Tiếp theo, tổng hợp: ${command}`,
  },
  demo: {
    step1: (dir) => `Bước 1/2: tạo dữ liệu mẫu vào “${dir}”.`,
    step2: (year, out) => `Bước 2/2: tổng hợp năm ${year} vào “${out}”.`,
    asOf: (date, year) =>
      `Ngày tính: ${date} (ngày sau khi năm ${year} khép lại; cố định để kết quả giống nhau mỗi lần chạy).`,
    filesTitle: 'Các tệp đã tạo:',
    sampleDir: (dir) => `  Dữ liệu mẫu:        ${dir}`,
    xlsx: (path) => `  Biểu tổng hợp:      ${path}`,
    json: (path) => `  Kết quả dạng JSON:  ${path}`,
    howToOpen: (path) => `Mở biểu tổng hợp “${path}”:`,
    open: (path) => [
      '  - Microsoft Excel: nháy đúp vào tệp, hoặc Tệp > Mở.',
      `  - LibreOffice: soffice --calc ${path} (hoặc mở bằng LibreOffice Calc).`,
    ],
    sheets:
      'Các trang: Tổng hợp (từng đơn vị, từng chỉ tiêu), Tóm tắt (cho cuộc họp), Xu hướng (2021-2025), Nguồn (mỗi số lấy từ ô nào).',
  },
  verify: {
    notXlsx: (path) =>
      `“${path}” không phải tệp .xlsx. Lệnh verify cần biểu tổng hợp (.xlsx) do lệnh consolidate ghi, rồi đến các tệp hoặc thư mục báo cáo.`,
    header: (workbook, year, fp) =>
      `Đối chiếu với biểu tổng hợp “${workbook}” (năm ${year}, dấu vân tay ${fp}).`,
    selfSkipped: (path) => `Bỏ qua “${path}”: đây chính là biểu tổng hợp đang đối chiếu.`,
  },
  version: (v) => `${TOOL} ${v}`,
};

// --- English ------------------------------------------------------------------------------------

const en: CliMessages = {
  help: {
    main: `${TOOL}: command line for tracking Scheme 04 (Nghệ An province)

Usage: ${TOOL} <command> [options]

Commands:
  template     Make report templates (.xlsx) for one unit or for every unit
  validate     Check report files; findings by file, sheet and cell
  consolidate  Consolidate report files into the consolidated workbook (.xlsx) and a .json file
  sample       Make a sample data set (reports of fictitious units)
  demo         Try it: make sample data, then consolidate 2025 into ./out
  verify       Check whether files are exactly the batch a consolidated workbook locked

Common options:
  --lang vi|en     Language (default: vi)
  --config FILE    Settings file (.json: unit list, as-of date, ...)
  --quiet, -q      Print errors only
  --help, -h       Help on a command, e.g. ${TOOL} consolidate --help
  --version        Version

Exit codes: 0 = success; 1 = a report has errors (validate); 2 = usage error or unreadable file.`,
    template: `Usage:
  ${TOOL} template --unit CODE --year YEAR [-o FILE.xlsx]
  ${TOOL} template --all --year YEAR [-o DIR]

Makes the YEAR report template for the unit with code (or name) CODE, or for every unit active
that year (one file each, e.g. BC-2025-DV002-So-Noi-vu.xlsx).

Options:
  --unit CODE      Unit code (DV002) or name ("Sở Nội vụ")
  --all            Every unit active in the year
  --year YEAR      Reporting year, e.g. 2025
  -o, --output     File (with --unit) or folder (with --all); default: the current folder
  --force          Overwrite existing files (default: never, so entered figures are not lost)
  --lang vi|en     Language of the template (default: vi)
  --config FILE    Unit list and other settings (.json)
  --quiet, -q      Print errors only`,
    validate: `Usage:
  ${TOOL} validate FILE... [--as-of YYYY-MM-DD]

Checks each report file against the scheme's targets and prints the findings by file, sheet
and cell (errors, warnings, notes).

Exit codes: 0 = no errors; 1 = a report has errors; 2 = a file could not be read as a report
(or a usage error).

Options:
  --as-of DATE     As-of date (default: the settings' date, else today)
  --lang vi|en     Language (default: vi)
  --config FILE    Unit list and other settings (.json)
  --quiet, -q      Print errors only`,
    consolidate: `Usage:
  ${TOOL} consolidate FILES...|DIR --year YEAR [-o OUT.xlsx] [--json OUT.json]
                      [--as-of YYYY-MM-DD] [--bloc FILE] [--force] [--allow-empty]

Reads every file given (for a folder: every file in it, not its subfolders), gives each a
verdict (accepted, duplicate, unknown unit, rejected...), and writes the consolidated workbook
with 5 sheets: Consolidated, Summary, Trend, Sources, Reminders (units not reported, reports to
complete or correct). One bad file never stops the batch.
Reports of other years in the same folder feed the Trend sheet.

Options:
  --year YEAR      Year to consolidate (required)
  -o, --output     Output .xlsx (default: tong-hop-YEAR.xlsx)
  --json FILE      Also write the result as .json
  --as-of DATE     Date for milestone statuses (default: the settings' date, else today)
  --bloc FILE      Bloc data file (province index ranks, bloc milestones); a bloc data file
                   among the report files is recognized too
  --force          Overwrite existing output files (input files are never written)
  --allow-empty    Write the workbook even when no report of the year was found (default: an
                   error, exit code 1, no file written)
  --lang vi|en     Language (default: vi)
  --config FILE    Unit list and other settings (.json)
  --quiet, -q      Print errors only`,
    sample: `Usage:
  ${TOOL} sample [--units N] [--years 2021-2025] [-o DIR] [--seed S] [--force]

Makes sample reports of fictitious units, with what real batches have: late reports, missing
reports, corrected resubmissions, a renamed unit, a merged unit, wrong or badly typed values,
decomposed Unicode, TCVN3 text, an old template. The same seed gives byte-identical files.
The folder also gets baocao.config.json (unit list, as-of date), the bloc data file and
sample-manifest.json (the list of injected faults).

Options:
  --units N        Number of units (default: 70; above 70 fictitious units are added)
  --years RANGE    Years, e.g. 2021-2025 or 2024,2025 (default: 2021-2025)
  -o, --output     Output folder (default: ./out/sample)
  --seed S         Random seed (default: 1)
  --force          Replace an earlier sample in the folder (only its files are deleted)
  --quiet, -q      Print errors only`,
    demo: `Usage:
  ${TOOL} demo [-o DIR]

Runs the whole flow in one command: makes sample data (70 units, 2021-2025, seed 1) in
./out/sample, then consolidates 2025 into ./out/tong-hop-2025.xlsx and ./out/tong-hop-2025.json.
The as-of date is 01/01/2026 (the day after 2025 closes), so the output is the same every run.
Running it again replaces the files an earlier run made.

Options:
  -o, --output     Output folder (default: ./out)
  --lang vi|en     Language (default: vi)
  --quiet, -q      Print errors only`,
    verify: `Usage:
  ${TOOL} verify CONSOLIDATED.xlsx FILES...|DIR

Verify (locked figures): reads the fingerprint and each file's SHA-256 that the consolidated
workbook CONSOLIDATED.xlsx recorded (sheet "Nguồn"), hashes the files given (chosen as consolidate
chooses them: every file of a folder, no subfolders, leaving out hidden files, "~$" lock files,
baocao.config.json and sample-manifest.json), and prints "Unchanged" or names each file changed,
missing or added. Files are matched by name (without folder) and compared byte for byte.
CONSOLIDATED.xlsx itself is left out when it lies in the folder. If the consolidation used --bloc
with a file elsewhere, give that file too.

Exit codes: 0 = unchanged; 1 = a file changed, missing or added (or the fingerprint record was
edited); 2 = wrong usage, a file that cannot be read, or CONSOLIDATED.xlsx has no fingerprint.

Options:
  --lang vi|en     Language (default: vi)
  --config FILE    Settings (only the file size limit is used, to read CONSOLIDATED.xlsx)
  --quiet, -q      Print only the verdict and errors`,
  },
  usage: {
    unknownCommand: (cmd) =>
      `There is no command "${cmd}". Commands: template, validate, consolidate, sample, demo, verify. Type "${TOOL} --help" for help.`,
    unknownOption: (option, cmd) =>
      `Command "${cmd}" has no option "${option}". Type "${TOOL} ${cmd} --help" to see its options.`,
    missingValue: (option, cmd) =>
      `Option "${option}" of "${cmd}" needs a value, e.g. "${option} 2025". Put the value right after the option.`,
    unexpectedValue: (option, cmd) =>
      `Option "${option}" of "${cmd}" takes no value. Remove the "=..." after it.`,
    repeatedOption: (option, cmd) => `Option "${option}" is given twice to "${cmd}". Give it once.`,
    missingOption: (option, cmd, example) =>
      `Command "${cmd}" needs option "${option}", e.g.: ${TOOL} ${cmd} ${example}`,
    conflicting: (a, b, cmd) => `Command "${cmd}" cannot take both "${a}" and "${b}". Choose one.`,
    extraArguments: (cmd, extra) =>
      `Command "${cmd}" does not take "${extra.join(' ')}". An option name (such as "-o") may be missing before it.`,
    badYear: (value, option) =>
      `"${value}" (option ${option}) is not a valid year. Write it with 4 digits, e.g. 2025.`,
    yearOutsidePlan: (year, option, plan, first, last) =>
      `Year ${year} (option ${option}) is outside the reporting years of ${plan}: ${first} to ${last} (the last is the year after the settings' as-of date). Choose a year in that range.`,
    badYears: (value) => `"${value}" is not a valid range of years. Write 2021-2025, or list 2024,2025.`,
    badDate: (value, option) =>
      `"${value}" (option ${option}) is not a valid date. Write YYYY-MM-DD (2025-12-31) or dd/mm/yyyy (31/12/2025).`,
    badLang: (value) => `Language "${value}" is not supported. Use "--lang vi" or "--lang en".`,
    badInteger: (value, option, min, max) =>
      `"${value}" (option ${option}) is not valid: it must be a whole number from ${min} to ${max}.`,
    noInputs: (cmd) =>
      `Command "${cmd}" needs at least one report file or folder, e.g.: ${TOOL} ${cmd} out/sample`,
    helpHint: (cmd) => `Type "${TOOL}${cmd ? ` ${cmd}` : ''} --help" for help.`,
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  config: {
    notFound: (file) => `Settings file "${file}" not found. Check the path after --config.`,
    unreadable: (file, reason) =>
      `Could not read settings file "${file}" (${reason}). Check that it can be read.`,
    notJson: (file, reason) =>
      `Settings file "${file}" is not valid JSON (${reason}). Fix it, or export the settings from the add-in again.`,
    tooLarge: (file, bytes, limit) =>
      `Settings file "${file}" is ${bytes} bytes, over the ${limit}-byte limit of a settings file, so it was not read. Give the right settings file (exported from the add-in) after --config.`,
    invalid: (file, count) =>
      `Settings file "${file}" has ${count} invalid entries (see below). Fix them and run again.`,
    hintInDir: (dir, file) =>
      `Folder "${dir}" has a settings file "${file}" (the data set's unit list). To use it, add: --config ${file}`,
  },
  files: {
    notFound: (path) => `"${path}" not found. Check the file or folder name.`,
    unreadable: (path, reason) =>
      `Could not read "${path}" (${reason}). Check that it can be read, or close the program that has it open.`,
    emptyDir: (dir) =>
      `Folder "${dir}" has no files to read. Copy the report files into it, or give the right folder.`,
    skipped: (dir, names) =>
      `Skipped in "${dir}": ${names.join(', ')} (settings, sample list, hidden or Excel lock files).`,
    subfolders: (dir, names) =>
      `Subfolders skipped in "${dir}": ${names.join(', ')} (only the files directly in a folder are read). To read them, name those folders too.`,
    linkFollowed: (path, target) => `"${path}" is a symbolic link to "${target}": the target file is read.`,
    setAside: (path, kind) =>
      `Skipped "${path}": ` +
      {
        special: 'not a regular file (a FIFO, socket or device), so it is not opened.',
        loop: 'a symbolic link loop that leads to no file.',
        'broken-link': 'a broken symbolic link: its target no longer exists.',
        'link-to-folder': 'a symbolic link to a folder; subfolders are not read.',
      }[kind] +
      ' Give the report file itself.',
    staleTemps: (dir, names, removed) =>
      removed
        ? `Removed temporary files left in "${dir}" by an interrupted earlier run: ${names.join(', ')}.`
        : `"${dir}" holds temporary files of another run (maybe still running): ${names.join(', ')}. If no other run is going on, delete them.`,
    exists: (path) =>
      `File "${path}" already exists; it is not overwritten, so no data is lost. Choose another name with -o, or add --force to overwrite it.`,
    existMany: (count, first, dir) =>
      `${count} of the files to make already exist in "${dir}" (e.g. "${first}"); they are not overwritten, so entered figures are not lost. Choose another folder with -o, or add --force.`,
    isInput: (path) =>
      `Output file "${path}" is also an input file; input files are never written. Choose another name for the output.`,
    writeFailed: (path, reason) =>
      `Could not write "${path}" (${reason}). Check write permission and disk space, or close the file if Excel has it open.`,
    wrongExtension: (path, ext, option) => `File "${path}" (option ${option}) must end in ${ext}. Rename it.`,
    notEmptyDir: (dir) =>
      `Folder "${dir}" has files and is not a sample folder. Choose an empty (or new) folder with -o.`,
    notADir: (path) => `"${path}" is a file, not a folder. Give a folder with -o.`,
  },
  template: {
    needUnitOrAll: `Say whom the template is for: "--unit CODE" (one unit) or "--all" (every unit), e.g.: ${TOOL} template --unit DV002 --year 2025`,
    unitNotFound: (query, year, suggestions) =>
      `Unit "${query}" is not in the ${year} unit list.` +
      (suggestions.length > 0 ? ` Did you mean: ${suggestions.join('; ')}?` : '') +
      ` Give the unit code (e.g. DV002) or its name as in the unit list.`,
    unitInactive: (code, name, year, from, to) =>
      `Unit ${code} "${name}" is not active in ${year}` +
      (from !== undefined || to !== undefined ? ` (active ${from ?? '…'}–${to ?? 'now'})` : '') +
      `. Choose another year, or the unit it merged into.`,
    noActiveUnits: (year) => `No unit is active in ${year}. Check the year or the unit list (--config).`,
    written: (path, unit, year) => `Made the ${year} report template of ${unit}: ${path}`,
    writtenAll: (count, dir, year, seconds) =>
      `Made ${count} report templates for ${year} in "${dir}" (${seconds} s).`,
    progress: 'made',
    nameClash: (unit, other, plain, file) =>
      `Note: the templates of ${unit} and of ${other} would have the same file name "${plain}" (names without diacritics, upper and lower case alike), so the template of ${unit} is written to "${file}". Send each unit its own file.`,
  },
  validate: {
    fileHeader: (file) => `File ${file}`,
    sheetHeader: (sheet, unit, year, version) =>
      `  Sheet "${sheet}": ${unit}, year ${year}, template version ${version}`,
    writtenAs: (name) => ` (the report says "${name}")`,
    noFindings: '    No errors or warnings.',
    counts: (errors, warnings, infos) => `    ${errors} error(s), ${warnings} warning(s), ${infos} note(s).`,
    unreadable: '  This file could not be read as a report:',
    blocFile: (years) => `  Bloc data file (years ${years}).`,
    milestone: (label, status, deadline, done) =>
      `    Milestone: ${label}: ${status}, ${deadline}${done !== undefined ? `, done ${done}` : ''}.`,
    milestoneYear: (label, year) => `${label} (${year})`,
    summary: (files, clean, withErrors, unreadable) =>
      `Checked ${files} file(s): ${clean} without errors, ${withErrors} with errors, ${unreadable} unreadable.`,
    statusOk: 'no errors',
    statusErrors: (n) => `${n} error(s)`,
    statusUnreadable: 'unreadable',
    statusBloc: 'bloc data',
  },
  consolidate: {
    header: (year, asOf) => `Consolidating the ${year} reports (as of ${asOf})`,
    reading: (count, where) => `Reading ${count} file(s) from ${where}...`,
    statusRead: 'read',
    statusUnreadable: 'unreadable',
    statusBloc: 'bloc data',
    blocUsed: (file, years) => `Bloc data: ${file} (years ${years}).`,
    blocProblem: (file) => `Bloc data file "${file}" has problems (see below); what could be read is used.`,
    notBloc: (file) =>
      `File "${file}" (option --bloc) has no bloc data sheet (no bloc template stamp found). Give the bloc data file (e.g. So-lieu-Khoi-2025.xlsx), or leave out --bloc.`,
    sourcesTitle: 'Verdict per file:',
    attentionTitle: 'Files that need attention:',
    plainAccepted: (n) => `  ${n} other file(s): accepted, no errors or warnings.`,
    findingsBrief: (l) => `To check: ${l}.`,
    detailsHint: `  For every error and warning in full: ${TOOL} validate <file>, or the "Sources" sheet of the workbook.`,
    otherYears: (l) => `  Reports of other years (used for the Trend sheet): ${l}.`,
    headline: 'Headline figures:',
    reported: (reported, expected, percent) => `  Units reported: ${reported}/${expected} (${percent}).`,
    notReported: (count) => `  ${NOT_REPORTED_WORDS.en}: ${count} unit(s).`,
    notReportedLine: (code, name, last) => `    - ${code} ${name}${last}`,
    neverReported: ' (no report of any year in this batch)',
    lastReported: (year) => ` (last report: ${year})`,
    targetsMet: (met, total, notReported) =>
      `  The scheme's targets met: ${met}/${total}${notReported > 0 ? ` (${notReported} committee(s) not reported yet, counted as not meeting)` : ''}.`,
    lateTitle: (count) => `  Reported after the deadline: ${count} committee(s).`,
    wrongTemplate: (note) => ` (${note})`,
    statusOwnOutput: 'a consolidation, skipped',
    ownOutput: (message) => `Skipped: ${message}`,
    noReports: (year, years) =>
      `No report of ${year} in the files read${years ? `; years with reports: ${years}` : '; no report of any year'}. No workbook written. Check the year (--year) and the report folder; to write an empty workbook anyway, add --allow-empty.`,
    targetsNotMetTitle: '  Targets not met:',
    indicatorsTitle: '  Province indices:',
    bullet: (text) => `    - ${text}`,
    files: (parts) => `  Files: ${parts}.`,
    fileCounts: {
      accepted: (n) => `${n} accepted`,
      withFindings: (n) => `${n} accepted with findings`,
      oldTemplate: (n) => `${n} old template`,
      duplicate: (n) => `${n} duplicate`,
      unknownUnit: (n) => `${n} unknown unit`,
      otherYear: (n) => `${n} other year`,
      rejected: (n) => `${n} rejected`,
    },
    written: (path, sheets) => `Wrote the consolidated workbook: ${path} (sheets: ${sheets})`,
    writtenJson: (path) => `Wrote the JSON result: ${path}`,
    andMore: (n) => `    ... and ${n} more (see the Summary sheet).`,
  },
  sample: {
    notSampleDir: (dir) =>
      `Folder "${dir}" has files and is not a sample folder (no sample-manifest.json). Choose an empty folder with -o.`,
    sampleDirExists: (dir) =>
      `Folder "${dir}" already holds a sample. Add --force to replace it (only the earlier sample's files are deleted), or choose another folder with -o.`,
    writing: (count, dir) => `Writing ${count} files to "${dir}"...`,
    done: (dir, seed, seconds) => `Made the sample data set in "${dir}" (seed ${seed}, ${seconds} s).`,
    units: (count, years, reports) => `  ${count} units, years ${years}: ${reports} report files.`,
    perYear: (year, reports, notReported, late) =>
      `  ${year}: ${reports} files, ${notReported} unit(s) not reported, ${late} late.`,
    injected: (l) => `  Injected faults and cases: ${l}.`,
    defectNames: {
      'percent-out-of-range': 'percent outside 0-100',
      'negative-count': 'negative count',
      'percent-as-text': 'percent typed as text',
      'yes-as-x': '"x" for "Có"',
      'number-as-text': 'number typed as text',
      'date-as-text': 'date typed as text',
      'decomposed-unit-name': 'decomposed Unicode name',
      'tcvn3-preparer': 'preparer typed in TCVN3',
      'tcvn3-note': 'note typed in TCVN3',
      'old-template': 'old template',
      late: 'late',
      'duplicate-first': 'first submission',
      'duplicate-correction': 'corrected resubmission',
      renamed: 'renamed unit',
      merged: 'merged unit',
    },
    config: (path) => `  Settings (unit list, as-of date): ${path}`,
    manifest: (path) => `  Injected faults: ${path}`,
    bloc: (path) => `  Bloc data (index ranks, bloc milestones): ${path}`,
    next: (command) => `Next, consolidate: ${command}`,
  },
  demo: {
    step1: (dir) => `Step 1/2: making sample data in "${dir}".`,
    step2: (year, out) => `Step 2/2: consolidating ${year} into "${out}".`,
    asOf: (date, year) =>
      `As-of date: ${date} (the day after ${year} closes; fixed so every run gives the same result).`,
    filesTitle: 'Files made:',
    sampleDir: (dir) => `  Sample data:        ${dir}`,
    xlsx: (path) => `  Consolidated:       ${path}`,
    json: (path) => `  JSON result:        ${path}`,
    howToOpen: (path) => `To open the consolidated workbook "${path}":`,
    open: (path) => [
      '  - Microsoft Excel: double-click the file, or File > Open.',
      `  - LibreOffice: soffice --calc ${path} (or open it in LibreOffice Calc).`,
    ],
    sheets:
      'Sheets: Consolidated (each unit, each target), Summary (for the meeting), Trend (2021-2025), Sources (where each figure came from).',
  },
  verify: {
    notXlsx: (path) =>
      `"${path}" is not an .xlsx file. verify needs the consolidated workbook (.xlsx) that consolidate wrote, then the report files or folders.`,
    header: (workbook, year, fp) =>
      `Verifying against the consolidated workbook "${workbook}" (${year}, fingerprint ${fp}).`,
    selfSkipped: (path) => `Left out "${path}": it is the consolidated workbook being verified.`,
  },
  version: (v) => `${TOOL} ${v}`,
};

export const CLI_MESSAGES: Record<Lang, CliMessages> = { vi, en };

export function cliMessages(lang: Lang): CliMessages {
  return CLI_MESSAGES[lang];
}

/** "a, b, c" with "... and n more" when long (vi/en). */
export function shortList(items: string[], max: number, lang: Lang): string {
  if (items.length <= max) return items.join(', ');
  const more = items.length - max;
  return list(items.slice(0, max), lang === 'vi' ? ` và ${more} mục khác` : ` and ${more} more`);
}
