<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>dd::app</name>
    <message>
        <source>Creates the demo district (Jiading, schematic geometry) in a new database file.</source>
        <translation>在新的数据库文件中创建演示区（嘉定区，示意几何）。</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>要创建的数据库文件。</translation>
    </message>
    <message>
        <source>Seed of the generated content (default 1); the same seed gives the same district.</source>
        <translation>生成内容的随机种子（默认 1）；相同的种子生成相同的辖区。</translation>
    </message>
    <message>
        <source>Replace PATH if it exists.</source>
        <translation>若 PATH 已存在则替换。</translation>
    </message>
    <message>
        <source>demo-db: --seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>demo-db：--seed 需要 0 到 4294967295 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>demo-db: %1 already exists; it was left untouched (use --force to replace it).</source>
        <translation>demo-db：%1 已存在，未作任何改动（使用 --force 替换）。</translation>
    </message>
    <message>
        <source>demo-db: %1 is not a regular file.</source>
        <translation>demo-db：%1 不是普通文件。</translation>
    </message>
    <message>
        <source>demo-db: cannot move the new database to %1.</source>
        <translation>demo-db：无法将新数据库移动到 %1。</translation>
    </message>
    <message>
        <source>%1: demo district written (seed %2): %3 towns/streets, %4 committees, %5 squads, %6 officers, %7 schematic grid cells, %8 posts (%9 patrol sectors), %10 incident categories, %11 calendar days; geometry %12 ms, writing %13 ms.</source>
        <translation>%1：演示区已写入（种子 %2）：%3 个街镇，%4 个居（村）委会，%5 个中队，%6 名执法队员，%7 个示意网格，%8 个岗位（%9 个巡查片区），%10 个案件类别，%11 个日历日；几何生成 %12 毫秒，写入 %13 毫秒。</translation>
    </message>
    <message>
        <source>Open the DutyDesk console.</source>
        <translation>打开勤务调度台。</translation>
    </message>
    <message>
        <source>Use this INI file for settings.</source>
        <translation>使用此 INI 文件保存设置。</translation>
    </message>
    <message>
        <source>Force a language (zh_CN, en).</source>
        <translation>强制使用某种语言（zh_CN、en）。</translation>
    </message>
    <message>
        <source>Save a picture of the window and exit.</source>
        <translation>保存窗口截图后退出。</translation>
    </message>
    <message>
        <source>Page to show first (1–6).</source>
        <translation>首先显示的页面（1–6）。</translation>
    </message>
    <message>
        <source>Window size for the screenshot.</source>
        <translation>截图的窗口尺寸。</translation>
    </message>
    <message>
        <source>Screenshot a dialog instead: about, settings.</source>
        <translation>改为截取对话框：about、settings。</translation>
    </message>
    <message>
        <source>Exit after the first paint (benchmark).</source>
        <translation>首次绘制后退出（性能测试用）。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1：多余的参数“%2”</translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation>%1：无法写入 %2</translation>
    </message>
    <message>
        <source>Summarises a database: counts per table, schema version, integrity check, squads.</source>
        <translation>汇总数据库：各表行数、结构版本、完整性检查、中队。</translation>
    </message>
    <message>
        <source>Print one JSON object (for scripts).</source>
        <translation>输出一个 JSON 对象（供脚本使用）。</translation>
    </message>
    <message>
        <source>info: unexpected argument &quot;%1&quot; (the database is given with --db PATH).</source>
        <translation>info：多余的参数“%1”（数据库用 --db PATH 指定）。</translation>
    </message>
    <message>
        <source>Database:        %1
</source>
        <translation>数据库：        %1
</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this build: %2)
</source>
        <translation>结构版本：      %1（本程序：%2）
</translation>
    </message>
    <message>
        <source>Console id:      %1
</source>
        <translation>终端标识：      %1
</translation>
    </message>
    <message>
        <source>Integrity:       %1
</source>
        <translation>完整性：        %1
</translation>
    </message>
    <message>
        <source>District:        %1 %2, %3 grid cells (%4%5), %6 active officers
</source>
        <translation>辖区：          %1 %2，%3 个网格（%4%5），%6 名在岗执法队员
</translation>
    </message>
    <message>
        <source>, schematic 示意</source>
        <translation>，示意</translation>
    </message>
    <message>
        <source>
Towns/streets (code, name, committees, cells):
</source>
        <translation>
街镇（代码、名称、居（村）委会数、网格数）：
</translation>
    </message>
    <message>
        <source>
Squads (code, name, active officers):
</source>
        <translation>
中队（代码、名称、在岗执法队员数）：
</translation>
    </message>
    <message>
        <source>
Rows per table:
</source>
        <translation>
各表行数：
</translation>
    </message>
    <message>
        <source>%1: the integrity check found problems:
%2</source>
        <translation>%1：完整性检查发现问题：
%2</translation>
    </message>
    <message>
        <source>rule %1: %2 violation(s), cost %3
</source>
        <translation>规则 %1：违反 %2 次，代价 %3
</translation>
    </message>
    <message>
        <source>Solve a Curtois &amp; Qu instance and write the roster.</source>
        <translation>求解一个 Curtois &amp; Qu 算例并写出排班表。</translation>
    </message>
    <message>
        <source>The instance file (InstanceN.txt).</source>
        <translation>算例文件（InstanceN.txt）。</translation>
    </message>
    <message>
        <source>Seconds to search (default 10).</source>
        <translation>搜索时长，单位秒（默认 10）。</translation>
    </message>
    <message>
        <source>Search threads (default 1).</source>
        <translation>搜索线程数（默认 1）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Stop after N search steps (reproducible runs).</source>
        <translation>搜索 N 步后停止（用于可复现的运行）。</translation>
    </message>
    <message>
        <source>Where to write the roster.</source>
        <translation>排班表的输出位置。</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>不在 stderr 上显示进度。</translation>
    </message>
    <message>
        <source>usage: %1 INSTANCE --time-limit SECONDS [--threads N] [--seed N] -o SOLUTION</source>
        <translation>用法：%1 INSTANCE --time-limit SECONDS [--threads N] [--seed N] -o SOLUTION</translation>
    </message>
    <message>
        <source>invalid number in --time-limit, --threads, --seed or --iterations</source>
        <translation>--time-limit、--threads、--seed 或 --iterations 中的数字无效</translation>
    </message>
    <message>
        <source>%1 s, %2 steps, best objective %3, hard violations %4</source>
        <translation>%1 秒，%2 步，最优目标值 %3，硬约束违反 %4 次</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>steps: %1, seconds: %2, time to best: %3</source>
        <translation>步数：%1，秒数：%2，找到最优解用时：%3</translation>
    </message>
    <message>
        <source>Check a roster against a Curtois &amp; Qu instance: every violation, then the objective and the number of hard violations. Exit code 1 when a hard rule is broken.</source>
        <translation>按 Curtois &amp; Qu 算例检查排班表：列出每一处违反，然后给出目标值和硬约束违反次数。违反硬规则时退出码为 1。</translation>
    </message>
    <message>
        <source>The roster written by schedule solve.</source>
        <translation>由 schedule solve 写出的排班表。</translation>
    </message>
    <message>
        <source>usage: %1 INSTANCE SOLUTION</source>
        <translation>用法：%1 INSTANCE SOLUTION</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Usage: %1 solve INSTANCE --time-limit SECONDS [--threads N] [--seed N] -o SOLUTION
       %1 check INSTANCE SOLUTION</source>
        <translation>用法：%1 solve INSTANCE --time-limit SECONDS [--threads N] [--seed N] -o SOLUTION
      %1 check INSTANCE SOLUTION</translation>
    </message>
    <message>
        <source>%1: expected solve or check</source>
        <translation>%1：应为 solve 或 check</translation>
    </message>
    <message>
        <source>The SQLite database file (default: the configured one).</source>
        <translation>SQLite 数据库文件（默认：设置中的数据库）。</translation>
    </message>
    <message>
        <source>Open the console (default).</source>
        <translation>打开调度台（默认）。</translation>
    </message>
    <message>
        <source>Create the demo district database: demo-db PATH [--seed N].</source>
        <translation>创建演示区数据库：demo-db PATH [--seed N]。</translation>
    </message>
    <message>
        <source>Summarise a database: counts, schema version, integrity [--json].</source>
        <translation>汇总数据库：行数、结构版本、完整性 [--json]。</translation>
    </message>
    <message>
        <source>Solve or check a rostering benchmark instance: schedule solve|check ….</source>
        <translation>求解或检查排班基准算例：schedule solve|check ……</translation>
    </message>
    <message>
        <source>user: no new password: put new_password=… in the --credentials file, or run from a terminal.</source>
        <translation>user：没有新密码：请在 --credentials 文件中写入 new_password=…，或在终端中运行。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>user: the two passwords differ; nothing was changed.</source>
        <translation>user：两次输入的密码不一致；未作任何更改。</translation>
    </message>
    <message>
        <source>Read user=, password= (and new_password=) from FILE instead of asking; the file must not be readable by others.</source>
        <translation>从 FILE 读取 user=、password=（以及 new_password=），而不是交互询问；该文件不得被其他用户读取。</translation>
    </message>
    <message>
        <source>This command changes data and needs a signed-in user: give --credentials FILE, or run it from a terminal.</source>
        <translation>此命令会修改数据，需要已登录的用户：请提供 --credentials FILE，或在终端中运行。</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>%1 must change the password first: sign in to the console, or run `dutydesk user passwd %1`.</source>
        <translation>%1 必须先修改密码：请登录调度台，或运行 `dutydesk user passwd %1`。</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Role of the new user (repeatable).</source>
        <translation>新用户的角色（可重复指定）。</translation>
    </message>
    <message>
        <source>Squad code for squad roles, e.g. JD102.</source>
        <translation>中队角色所属的中队代码，例如 JD102。</translation>
    </message>
    <message>
        <source>Name shown in the console.</source>
        <translation>在调度台中显示的姓名。</translation>
    </message>
    <message>
        <source>Link to the officer with this badge number.</source>
        <translation>关联到此工号的执法队员。</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list：输出 JSON。</translation>
    </message>
    <message>
        <source>user %1: expected exactly one user NAME.</source>
        <translation>user %1：需要且只需要一个用户名 NAME。</translation>
    </message>
    <message>
        <source>user list: unexpected argument &apos;%1&apos;.</source>
        <translation>user list：多余的参数“%1”。</translation>
    </message>
    <message>
        <source>user add: %1</source>
        <translation>user add：%1</translation>
    </message>
    <message>
        <source>Created %1, the first district administrator.</source>
        <translation>已创建 %1，即第一个区局管理员。</translation>
    </message>
    <message>
        <source>user passwd: %1</source>
        <translation>user passwd：%1</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>%1 must change the password first.</source>
        <translation>%1 必须先修改密码。</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next sign-in.</source>
        <translation>%1 的密码已重置；下次登录时必须修改。</translation>
    </message>
    <message>
        <source>Created %1 (%2); the password must be changed at the first sign-in.</source>
        <translation>已创建 %1（%2）；首次登录时必须修改密码。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>user %1: %2</source>
        <translation>user %1：%2</translation>
    </message>
    <message>
        <source>Manage accounts: user add|passwd|disable|enable|unlock|list.</source>
        <translation>管理账号：user add|passwd|disable|enable|unlock|list。</translation>
    </message>
    <message>
        <source>Usage: dutydesk [SUBCOMMAND] [OPTIONS]

Subcommands:
</source>
        <translation>用法：dutydesk [子命令] [选项]

子命令：
</translation>
    </message>
    <message>
        <source>
Run `dutydesk SUBCOMMAND --help` for its options.

Exit codes:
  0  success
  1  failure: the work could not be done (stderr says why)
  2  usage error: unknown subcommand, option or missing argument
  3  database error: cannot open, migrate or write the database
  4  input error: an input file is unreadable or malformed
  5  partial: done in part
  6  cancelled
</source>
        <translation>
运行 `dutydesk 子命令 --help` 查看其选项。

退出码：
  0  成功
  1  失败：无法完成工作（原因见 stderr）
  2  用法错误：未知的子命令、选项或缺少参数
  3  数据库错误：无法打开、迁移或写入数据库
  4  输入错误：输入文件无法读取或格式错误
  5  部分完成
  6  已取消
</translation>
    </message>
    <message>
        <source>dutydesk: unknown subcommand &apos;%1&apos;
</source>
        <translation>dutydesk：未知子命令“%1”
</translation>
    </message>
    <message>
        <source>Another way to give PATH.</source>
        <translation>指定 PATH 的另一种方式。</translation>
    </message>
    <message>
        <source>demo-db: expected exactly one PATH, given as an argument or with --db (see dutydesk demo-db --help).</source>
        <translation>demo-db：需要且只需要一个 PATH，可作为参数或用 --db 指定（见 dutydesk demo-db --help）。</translation>
    </message>
    <message>
        <source>Manage accounts.
  add NAME --role ROLE [--squad CODE]   create a user (the password must be changed at first sign-in)
  passwd NAME                           set a password (your own, or anyone&apos;s as administrator)
  disable NAME | enable NAME            stop or allow sign-in
  unlock NAME                           lift a lock after failed attempts
  grant NAME --role ROLE [--squad CODE] give a role; revoke NAME … takes it away
  list [--json]                         show every account
Roles: district_admin, supervisor, centre_dispatcher, squad_leader, squad_dispatcher, officer.
On a new database, `user add --role district_admin NAME` creates the first administrator without credentials.</source>
        <translation>管理账号。
  add NAME --role ROLE [--squad CODE]   创建用户（首次登录时必须修改密码）
  passwd NAME                           设置密码（自己的；管理员可设置任何人的）
  disable NAME | enable NAME            停用或允许登录
  unlock NAME                           解除多次登录失败后的锁定
  grant NAME --role ROLE [--squad CODE] 授予角色；revoke NAME … 撤销角色
  list [--json]                         列出所有账号
角色：district_admin（区局管理员）、supervisor（督查）、centre_dispatcher（指挥中心调度员）、squad_leader（中队长）、squad_dispatcher（中队调度员）、officer（执法队员）。
在新数据库上，`user add --role district_admin NAME` 无需凭据即可创建第一个管理员。</translation>
    </message>
    <message>
        <source>add, passwd, disable, enable, unlock, grant, revoke or list.</source>
        <translation>add、passwd、disable、enable、unlock、grant、revoke 或 list。</translation>
    </message>
    <message>
        <source>user: expected one of add, passwd, disable, enable, unlock, grant, revoke, list (see dutydesk user --help).</source>
        <translation>user：应为 add、passwd、disable、enable、unlock、grant、revoke、list 之一（见 dutydesk user --help）。</translation>
    </message>
    <message>
        <source>user %1: give at least one --role.</source>
        <translation>user %1：至少指定一个 --role。</translation>
    </message>
    <message>
        <source>user %1: unknown role &apos;%2&apos;.</source>
        <translation>user %1：未知角色“%2”。</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>%1 现已拥有 %2。</translation>
    </message>
    <message>
        <source>%1 no longer holds %2.</source>
        <translation>%1 已不再拥有 %2。</translation>
    </message>
    <message>
        <source>Demo accounts (user / password; public, for demonstrations only):</source>
        <translation>演示账号（用户名 / 密码；公开，仅供演示）：</translation>
    </message>
    <message>
        <source>Sign in with user= and password= from FILE instead of the sign-in dialog (screenshots, benchmarks); the file must not be readable by others.</source>
        <translation>用 FILE 中的 user= 和 password= 登录，而不弹出登录对话框（截图、基准测试用）；该文件不得对他人可读。</translation>
    </message>
    <message>
        <source>Usage: dutydesk %1 %2 …</source>
        <translation>用法：dutydesk %1 %2 …</translation>
    </message>
    <message>
        <source>%1: say what to %1: %2 (not &quot;%3&quot;).</source>
        <translation>%1：请指明要 %1 的对象：%2（而不是“%3”）。</translation>
    </message>
    <message>
        <source>Plan, publish or print a squad&apos;s duty roster: roster plan|print ….</source>
        <translation>编制、发布或打印中队勤务表：roster plan|print ……</translation>
    </message>
    <message>
        <source>Import a grid layer or hotline incidents: import grid|incidents FILE ….</source>
        <translation>导入网格图层或热线工单：import grid|incidents FILE ……</translation>
    </message>
    <message>
        <source>Export the grid layer as GeoJSON: export grid -o FILE.</source>
        <translation>将网格图层导出为 GeoJSON：export grid -o FILE。</translation>
    </message>
    <message>
        <source>Synchronise with the district server (for a timer or cron).</source>
        <translation>与区级服务器同步（供定时器或 cron 调用）。</translation>
    </message>
    <message>
        <source>Write a report as PDF: report quarterly|daily ….</source>
        <translation>将报表写为 PDF：report quarterly|daily ……</translation>
    </message>
    <message>
        <source>Import hotline work orders (CSV in UTF-8 or GB18030, or JSON) as incidents. Idempotent on (source, ticket number): rows imported before change nothing, changed rows update the incident and append to its history. Bad rows are listed with their line and reason and written to the rejects file; the good rows are written in one transaction. Prints imported: N, updated: N, rejected: N last.</source>
        <translation>将热线工单（UTF-8 或 GB18030 编码的 CSV，或 JSON）导入为案件。按（来源，工单编号）幂等：已导入的行不产生变化，内容变化的行更新案件并追加到其历史。错误行连同行号和原因列出并写入拒收文件；正确的行在一个事务中写入。最后输出 imported: N、updated: N、rejected: N。</translation>
    </message>
    <message>
        <source>The work orders (.csv or .json).</source>
        <translation>工单文件（.csv 或 .json）。</translation>
    </message>
    <message>
        <source>A saved mapping&apos;s name (e.g. hotline-12345) or a mapping .json file.</source>
        <translation>已保存映射的名称（如 hotline-12345）或映射 .json 文件。</translation>
    </message>
    <message>
        <source>Where to write the rejected rows (default: FILE.rejects.csv when there are any).</source>
        <translation>拒收行的写入位置（默认：有拒收行时写入 FILE.rejects.csv）。</translation>
    </message>
    <message>
        <source>import incidents: expected exactly one FILE.</source>
        <translation>import incidents：需要且只需要一个 FILE。</translation>
    </message>
    <message>
        <source>import incidents: give --mapping NAME or --mapping FILE.json (saved: %1).</source>
        <translation>import incidents：请给出 --mapping NAME 或 --mapping FILE.json（已保存：%1）。</translation>
    </message>
    <message>
        <source>import incidents: %1: %2</source>
        <translation>import incidents：%1：%2</translation>
    </message>
    <message>
        <source>%1:%2: rejected%3: %4</source>
        <translation>%1:%2：拒收%3：%4</translation>
    </message>
    <message>
        <source>import incidents: cannot write the rejects to %1: %2</source>
        <translation>import incidents：无法将拒收行写入 %1：%2</translation>
    </message>
    <message>
        <source>rejects written to %1</source>
        <translation>拒收行已写入 %1</translation>
    </message>
    <message>
        <source>report: --squad %1: no squad has this code (see dutydesk info).</source>
        <translation>report：--squad %1：没有使用此代码的中队（见 dutydesk info）。</translation>
    </message>
    <message>
        <source>Write a report as PDF.
  report quarterly --quarter 2026Q3 [--squad CODE] -o report.pdf
      the quarterly complaint-handling efficiency evaluation (district, or one squad)
  report daily --date 2026-09-30 [--squad CODE] -o summary.pdf
      the command room&apos;s summary of one day</source>
        <translation>将报表写为 PDF。
  report quarterly --quarter 2026Q3 [--squad CODE] -o report.pdf
      季度诉件处置效能评价（全区或单个中队）
  report daily --date 2026-09-30 [--squad CODE] -o summary.pdf
      指挥室当日工作汇总</translation>
    </message>
    <message>
        <source>quarterly or daily</source>
        <translation>quarterly（季度）或 daily（每日）</translation>
    </message>
    <message>
        <source>The quarter, e.g. 2026Q3.</source>
        <translation>季度，例如 2026Q3。</translation>
    </message>
    <message>
        <source>QUARTER</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>The day, e.g. 2026-09-30.</source>
        <translation>日期，例如 2026-09-30。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>One squad by its code (JD102).</source>
        <translation>按代码指定一个中队（JD102）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>report: say which report: quarterly or daily (dutydesk report --help).</source>
        <translation>report：请指明报表类型：quarterly 或 daily（见 dutydesk report --help）。</translation>
    </message>
    <message>
        <source>report: -o FILE is missing: where should the PDF go?</source>
        <translation>report：缺少 -o FILE：PDF 写到哪里？</translation>
    </message>
    <message>
        <source>report quarterly: --quarter is missing (e.g. --quarter 2026Q3).</source>
        <translation>report quarterly：缺少 --quarter（例如 --quarter 2026Q3）。</translation>
    </message>
    <message>
        <source>report daily: --date &quot;%1&quot; is not a date (write it as 2026-09-30).</source>
        <translation>report daily：--date“%1”不是日期（请写成 2026-09-30）。</translation>
    </message>
    <message>
        <source>report: %1 cannot be written: %2</source>
        <translation>report：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Quarterly complaint-handling efficiency evaluation</source>
        <translation>诉件处置效能评价（季度）</translation>
    </message>
    <message>
        <source>Command-room daily summary</source>
        <translation>指挥室每日工作汇总</translation>
    </message>
    <message>
        <source>report: wrote %1</source>
        <translation>report：已写入 %1</translation>
    </message>
    <message>
        <source>Synchronises this console&apos;s store with the district server: pushes the changes not yet sent, then pulls everything new. Exit codes: 0 done, 5 partial, 1 failed.</source>
        <translation>将本终端的数据库与区级服务器同步：先上传尚未发送的变更，再下载所有新数据。退出码：0 完成，5 部分完成，1 失败。</translation>
    </message>
    <message>
        <source>The district server, https://host:port (remembered).</source>
        <translation>区级服务器地址，https://主机:端口（会被记住）。</translation>
    </message>
    <message>
        <source>This console&apos;s client certificate, PEM (remembered).</source>
        <translation>本终端的客户端证书，PEM 格式（会被记住）。</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key, PEM (remembered).</source>
        <translation>证书的私钥，PEM 格式（会被记住）。</translation>
    </message>
    <message>
        <source>The district&apos;s certificate authority, PEM (remembered).</source>
        <translation>区级证书颁发机构（CA）证书，PEM 格式（会被记住）。</translation>
    </message>
    <message>
        <source>Only print the sync status (pending changes, last success, conflicts).</source>
        <translation>只显示同步状态（待上传变更、上次成功时间、冲突）。</translation>
    </message>
    <message>
        <source>sync: unexpected argument &quot;%1&quot;.</source>
        <translation>sync：多余的参数“%1”。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>sync: no district server configured for %1; give --server URL --cert FILE --key FILE --ca FILE once.</source>
        <translation>sync：%1 尚未配置区级服务器；请先用 --server URL --cert FILE --key FILE --ca FILE 指定一次。</translation>
    </message>
    <message>
        <source>Import a grid layer from a GeoJSON FeatureCollection of Polygon/MultiPolygon features with the properties code, parent (community or town code), name, and optionally level (cell, town, community, district) and kind (urban, suburban, rural). The layer becomes the active one. Nothing is imported when any feature has a fault, unless --valid-only. See docs/IMPORT.md.</source>
        <translation>从 GeoJSON FeatureCollection 导入网格图层：要素为 Polygon/MultiPolygon，属性为 code、parent（社区或镇街代码）、name，可选 level（cell、town、community、district）和 kind（urban、suburban、rural）。导入的图层成为当前图层。任一要素有错误时不导入任何内容，除非使用 --valid-only。参见 docs/IMPORT.md。</translation>
    </message>
    <message>
        <source>The GeoJSON file.</source>
        <translation>GeoJSON 文件。</translation>
    </message>
    <message>
        <source>Import the valid features and skip the faulty ones (recorded in the audit log).</source>
        <translation>只导入有效要素，跳过有错误的要素（记入审计日志）。</translation>
    </message>
    <message>
        <source>Name of the new layer (default: the file&apos;s name member, else official).</source>
        <translation>新图层的名称（默认：文件的 name 成员，否则为 official）。</translation>
    </message>
    <message>
        <source>The coordinate reference the file must declare (default: the district&apos;s current layer&apos;s).</source>
        <translation>文件必须声明的坐标参考（默认：本区当前图层的坐标参考）。</translation>
    </message>
    <message>
        <source>Accepted cell-code lengths, comma-separated (default 15).</source>
        <translation>允许的网格编码长度，逗号分隔（默认 15）。</translation>
    </message>
    <message>
        <source>import grid: expected exactly one FILE.</source>
        <translation>import grid：需要且只需要一个 FILE。</translation>
    </message>
    <message>
        <source>import grid: --code-lengths wants numbers from 1 to 32, e.g. 15,20.</source>
        <translation>import grid：--code-lengths 需要 1 到 32 之间的数字，例如 15,20。</translation>
    </message>
    <message>
        <source>import grid: layer &quot;%1&quot; (%2): %3 cells and %4 boundaries imported from %5 features; it is now the active layer.</source>
        <translation>import grid：图层“%1”（%2）：从 %5 个要素导入 %3 个网格和 %4 条边界；它现在是当前图层。</translation>
    </message>
    <message>
        <source>import grid: %1 faulty features were skipped (recorded in the audit log):</source>
        <translation>import grid：跳过了 %1 个有错误的要素（已记入审计日志）：</translation>
    </message>
    <message>
        <source>Export the active grid layer (boundaries and cells) as GeoJSON.</source>
        <translation>将当前网格图层（边界和网格）导出为 GeoJSON。</translation>
    </message>
    <message>
        <source>The GeoJSON file to write (- for stdout).</source>
        <translation>要写入的 GeoJSON 文件（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>export grid: say where to write: -o FILE.geojson.</source>
        <translation>export grid：请指定写入位置：-o FILE.geojson。</translation>
    </message>
    <message>
        <source>export grid: %1 cannot be written: %2</source>
        <translation>export grid：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>export grid: %1 written (%2 bytes).</source>
        <translation>export grid：已写入 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>Squad code (e.g. JD102).</source>
        <translation>中队代码（如 JD102）。</translation>
    </message>
    <message>
        <source>A week (2026-W49), a month (2026-12) or a range (2026-12-01..2026-12-14).</source>
        <translation>一周（2026-W49）、一个月（2026-12）或日期区间（2026-12-01..2026-12-14）。</translation>
    </message>
    <message>
        <source>Plan a squad&apos;s roster for a period and save it as the period&apos;s draft (optionally publish it). Prints hard_violations: N last.</source>
        <translation>为中队编制一个周期的勤务表并保存为该周期的草稿（可同时发布）。最后一行输出 hard_violations: N。</translation>
    </message>
    <message>
        <source>Keep the published cells before this date (default: today when a version is published, else nothing).</source>
        <translation>保留此日期之前已发布的排班（默认：已有发布版本时为今天，否则不保留）。</translation>
    </message>
    <message>
        <source>Publish the planned roster.</source>
        <translation>发布编制好的勤务表。</translation>
    </message>
    <message>
        <source>Publish even with hard violations (recorded in the audit log).</source>
        <translation>即使违反硬性规则也发布（记入审计日志）。</translation>
    </message>
    <message>
        <source>usage: %1 --squad CODE --period PERIOD [--time-limit S] [--publish] [--db PATH]</source>
        <translation>用法：%1 --squad 代码 --period 周期 [--time-limit 秒] [--publish] [--db 路径]</translation>
    </message>
    <message>
        <source>invalid number in --time-limit, --seed or --iterations</source>
        <translation>--time-limit、--seed 或 --iterations 中的数字无效</translation>
    </message>
    <message>
        <source>--replan-from: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--replan-from：“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>demand: %1</source>
        <translation>需求：%1</translation>
    </message>
    <message>
        <source>hard: %1
</source>
        <translation>硬性：%1
</translation>
    </message>
    <message>
        <source>soft: %1
</source>
        <translation>软性：%1
</translation>
    </message>
    <message>
        <source>planned %1 %2: %3 officer(s), %4 shift(s), %5 steps in %6 s; draft %7
</source>
        <translation>已编制 %1 %2：%3 名队员，%4 个班次，%5 步，用时 %6 秒；草稿 %7
</translation>
    </message>
    <message>
        <source>changes against published version %1: %2
</source>
        <translation>相对已发布第 %1 版的变更：%2
</translation>
    </message>
    <message>
        <source>published version %1
</source>
        <translation>已发布第 %1 版
</translation>
    </message>
    <message>
        <source>Print a roster as PDF: the weekly squad roster, the daily duty sheet, one officer&apos;s schedule or the change notice between two versions.</source>
        <translation>将勤务表打印为 PDF：中队周勤务表、每日勤务表、个人排班表或两个版本之间的变更通知。</translation>
    </message>
    <message>
        <source>weekly, daily, officer or changes.</source>
        <translation>weekly（周表）、daily（日勤务表）、officer（个人）或 changes（变更通知）。</translation>
    </message>
    <message>
        <source>Badge number (kind officer).</source>
        <translation>警号（officer 类型）。</translation>
    </message>
    <message>
        <source>Day of the duty sheet (kind daily; default: the period&apos;s first day).</source>
        <translation>勤务表的日期（daily 类型；默认：周期第一天）。</translation>
    </message>
    <message>
        <source>Version to print (default: the newest published, else the draft).</source>
        <translation>要打印的版本（默认：最新发布版本，否则为草稿）。</translation>
    </message>
    <message>
        <source>Change notice: older version.</source>
        <translation>变更通知：旧版本。</translation>
    </message>
    <message>
        <source>Change notice: newer version.</source>
        <translation>变更通知：新版本。</translation>
    </message>
    <message>
        <source>usage: %1 --squad CODE --period PERIOD --kind weekly|daily|officer|changes [--officer BADGE] [--date D] [--from-version A --to-version B] -o FILE [--db PATH]</source>
        <translation>用法：%1 --squad 代码 --period 周期 --kind weekly|daily|officer|changes [--officer 警号] [--date 日期] [--from-version A --to-version B] -o 文件 [--db 路径]</translation>
    </message>
    <message>
        <source>%1 %2 has no version %3.</source>
        <translation>%1 %2 没有第 %3 版。</translation>
    </message>
    <message>
        <source>%1 %2: no roster to print (plan and publish one first).</source>
        <translation>%1 %2：没有可打印的勤务表（请先编制并发布）。</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date：“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--officer: no active officer with badge &quot;%1&quot; in %2.</source>
        <translation>--officer：%2 中没有警号为“%1”的在岗队员。</translation>
    </message>
    <message>
        <source>%1 %2: a change notice needs two versions (--from-version A --to-version B).</source>
        <translation>%1 %2：变更通知需要两个版本（--from-version A --to-version B）。</translation>
    </message>
    <message>
        <source>wrote %1 (%2 page(s))</source>
        <translation>已写入 %1（%2 页）</translation>
    </message>
    <message>
        <source>usage: %1 plan|print … (see %1 plan --help, %1 print --help)</source>
        <translation>用法：%1 plan|print ……（见 %1 plan --help、%1 print --help）</translation>
    </message>
    <message>
        <source>import grid: %1 cells of %2 posts carried over to the new layer; %3 new cells lie in no patrol sector.</source>
        <translation>import grid：%2 个岗位的 %1 个网格已转到新图层；%3 个新网格不在任何巡查责任区内。</translation>
    </message>
    <message>
        <source>import grid: these posts have no cell on the new layer and must be redrawn: %1</source>
        <translation>import grid：以下岗位在新图层上没有网格，需要重新划定：%1</translation>
    </message>
    <message>
        <source>pending changes: %1
refused changes: %2
held: %3
open conflicts: %4
last success: %5
last result: %6</source>
        <translation>待上传变更：%1
被拒绝的变更：%2
暂存未入库：%3
未处理冲突：%4
上次成功：%5
上次结果：%6</translation>
    </message>
</context>
<context>
    <name>dd::data::AccessControl</name>
    <message>
        <source>Sign in first: &quot;%1&quot; needs a signed-in user.</source>
        <translation>请先登录：“%1”需要已登录的用户。</translation>
    </message>
    <message>
        <source>%1 must change the password before doing anything else.</source>
        <translation>%1 必须先修改密码才能进行其他操作。</translation>
    </message>
    <message>
        <source>%1 may not do this: %2.</source>
        <translation>%1 无权执行此操作：%2。</translation>
    </message>
</context>
<context>
    <name>dd::data::AccountPolicy</name>
    <message>
        <source>Cannot read the password rules: %1</source>
        <translation>无法读取密码规则：%1</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
</context>
<context>
    <name>dd::data::AccountRepository</name>
    <message>
        <source>Cannot read or write the accounts: %1</source>
        <translation>无法读写账号：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>“%1”不是有效的用户名：请使用 2 到 32 个字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>用户至少需要一个角色。</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message>
        <source>No officer with the badge number %1.</source>
        <translation>没有工号为 %1 的执法队员。</translation>
    </message>
    <message>
        <source>The role %1 needs a squad.</source>
        <translation>角色 %1 需要指定中队。</translation>
    </message>
    <message>
        <source>The role %1 is district-wide; it takes no squad.</source>
        <translation>角色 %1 适用于全区，不能指定中队。</translation>
    </message>
    <message>
        <source>A district administrator exists already; sign in as one to add users.</source>
        <translation>已存在区局管理员；请以管理员身份登录后再添加用户。</translation>
    </message>
    <message>
        <source>The first user must be a district administrator (--role district_admin).</source>
        <translation>第一个用户必须是区局管理员（--role district_admin）。</translation>
    </message>
    <message>
        <source>No user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>不能撤销自己的管理员角色。</translation>
    </message>
    <message>
        <source>%1 holds this role already.</source>
        <translation>%1 已拥有此角色。</translation>
    </message>
    <message>
        <source>%1 does not hold this role.</source>
        <translation>%1 没有此角色。</translation>
    </message>
    <message>
        <source>Password rules out of range: at least 8 characters, at least 1 failure and 1 minute of lock.</source>
        <translation>密码规则超出范围：至少 8 个字符，失败次数至少 1 次，锁定至少 1 分钟。</translation>
    </message>
</context>
<context>
    <name>dd::data::AuditLog</name>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>dd::data::Authenticator</name>
    <message>
        <source>Sign-in refused: the user name or the password is wrong, or the account is locked or disabled. Check the keyboard layout and try again, or ask the district administrator.</source>
        <translation>登录被拒绝：用户名或密码错误，或账号已被锁定或停用。请检查键盘输入法后重试，或联系区局管理员。</translation>
    </message>
</context>
<context>
    <name>dd::data::CalendarRepository</name>
    <message>
        <source>Cannot read the working calendar: %1</source>
        <translation>无法读取工作日历：%1</translation>
    </message>
    <message>
        <source>Invalid date.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>addWorkingDays: needs a valid date and n &gt;= 0.</source>
        <translation>addWorkingDays：需要有效日期且 n &gt;= 0。</translation>
    </message>
    <message>
        <source>The calendar entry of %1 is not editable.</source>
        <translation>%1 的日历条目不可编辑。</translation>
    </message>
    <message>
        <source>Cannot save the calendar entry of %1: %2</source>
        <translation>无法保存 %1 的日历条目：%2</translation>
    </message>
    <message>
        <source>No editable calendar entry on %1.</source>
        <translation>%1 没有可编辑的日历条目。</translation>
    </message>
</context>
<context>
    <name>dd::data::CategoryRepository</name>
    <message>
        <source>Emergency hours (紧急工作时)</source>
        <translation>紧急工作时</translation>
    </message>
    <message>
        <source>Working hours (工作时)</source>
        <translation>工作时</translation>
    </message>
    <message>
        <source>Working days (工作日)</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Calendar days (自然日)</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>Cannot read the incident categories: %1</source>
        <translation>无法读取案件类别：%1</translation>
    </message>
    <message>
        <source>Cannot read incident category %1: %2</source>
        <translation>无法读取案件类别 %1：%2</translation>
    </message>
    <message>
        <source>No incident category %1.</source>
        <translation>没有案件类别 %1。</translation>
    </message>
    <message>
        <source>Incident category %1 (%2) is not editable.</source>
        <translation>案件类别 %1（%2）不可编辑。</translation>
    </message>
    <message>
        <source>Incident category %1: a time limit needs a positive amount, counted in days for working or calendar days and in hours or minutes otherwise.</source>
        <translation>案件类别 %1：处置时限必须为正数；工作日和自然日以天计，其他以小时或分钟计。</translation>
    </message>
    <message>
        <source>Cannot save the time limit of %1: %2</source>
        <translation>无法保存 %1 的处置时限：%2</translation>
    </message>
</context>
<context>
    <name>dd::data::CredentialsFile</name>
    <message>
        <source>%1: no such credentials file.</source>
        <translation>%1：凭据文件不存在。</translation>
    </message>
    <message>
        <source>%1: the credentials file may be read by other users; make it private first (chmod 600).</source>
        <translation>%1：凭据文件可被其他用户读取；请先将其设为私有（chmod 600）。</translation>
    </message>
    <message>
        <source>%1: cannot read the credentials file (%2).</source>
        <translation>%1：无法读取凭据文件（%2）。</translation>
    </message>
    <message>
        <source>%1:%2: expected key=value.</source>
        <translation>%1:%2：应为 key=value 格式。</translation>
    </message>
    <message>
        <source>%1:%2: unknown key &quot;%3&quot; (expected user, password or new_password).</source>
        <translation>%1:%2：未知的键“%3”（应为 user、password 或 new_password）。</translation>
    </message>
</context>
<context>
    <name>dd::data::Database</name>
    <message>
        <source>%1: cannot open the database (%2); the file was left untouched.</source>
        <translation>%1：无法打开数据库（%2）；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: the file is corrupt or not an SQLite database (%2); it was left untouched.</source>
        <translation>%1：文件已损坏或不是 SQLite 数据库（%2）；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a DutyDesk database (it has no schema_version table); it was left untouched.</source>
        <translation>%1：此 SQLite 文件不是勤务调度台数据库（没有 schema_version 表）；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version (%2); the file was left untouched.</source>
        <translation>%1：无法读取结构版本（%2）；文件未作任何改动。</translation>
    </message>
    <message>
        <source>No database file given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1: the directory %2 does not exist.</source>
        <translation>%1：目录 %2 不存在。</translation>
    </message>
    <message>
        <source>%1: no such database file.</source>
        <translation>%1：数据库文件不存在。</translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1：不是普通文件。</translation>
    </message>
    <message>
        <source>%1: cannot create the database: the directory %2 is not writable.</source>
        <translation>%1：无法创建数据库：目录 %2 不可写。</translation>
    </message>
    <message>
        <source>%1: the database file is not readable (check its permissions).</source>
        <translation>%1：数据库文件不可读（请检查文件权限）。</translation>
    </message>
    <message>
        <source>%1: the database file is read-only; DutyDesk needs to write to it. Make it writable or open a copy. The file was left untouched.</source>
        <translation>%1：数据库文件为只读，而勤务调度台需要写入。请将其改为可写，或打开一份副本。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: the directory %2 is not writable (SQLite needs to create its journal files there); the file was left untouched.</source>
        <translation>%1：目录 %2 不可写（SQLite 需要在其中创建日志文件）；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: the file is corrupt or not an SQLite database; it was left untouched.</source>
        <translation>%1：文件已损坏或不是 SQLite 数据库；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: the database has schema version %2, but this DutyDesk supports versions up to %3. Use a newer DutyDesk; the file was left untouched.</source>
        <translation>%1：数据库的结构版本为 %2，而本版勤务调度台最高只支持版本 %3。请使用更新版本的勤务调度台；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: the database is empty (no DutyDesk schema).</source>
        <translation>%1：数据库为空（没有勤务调度台的数据结构）。</translation>
    </message>
    <message>
        <source>%1: cannot open the database (%2).</source>
        <translation>%1：无法打开数据库（%2）。</translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver does not expose its handle.</source>
        <translation>%1：Qt 的 SQLite 驱动未提供其句柄。</translation>
    </message>
    <message>
        <source>%1: cannot configure the connection (%2).</source>
        <translation>%1：无法配置数据库连接（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2); it was not migrated and was left untouched.</source>
        <translation>%1：文件已损坏（%2）；未进行迁移，文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: cannot write the backup %2 before migrating (%3); the file was left untouched.</source>
        <translation>%1：迁移前无法写入备份 %2（%3）；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL journaling (%2).</source>
        <translation>%1：无法切换到 WAL 日志模式（%2）。</translation>
    </message>
    <message>
        <source>%1: migration %2 (%3) failed: %4. The database stays at schema version %5.</source>
        <translation>%1：迁移 %2（%3）失败：%4。数据库仍为结构版本 %5。</translation>
    </message>
    <message>
        <source>A backup is at %1.</source>
        <translation>备份位于 %1。</translation>
    </message>
    <message>
        <source>%1: cannot record the console id (%2).</source>
        <translation>%1：无法记录终端标识（%2）。</translation>
    </message>
    <message>
        <source>%1: the database is not open.</source>
        <translation>%1：数据库未打开。</translation>
    </message>
    <message>
        <source>%1: integrity check failed to run (%2).</source>
        <translation>%1：无法执行完整性检查（%2）。</translation>
    </message>
    <message>
        <source>%1: cannot install the sync change capture (%2).</source>
        <translation>%1：无法安装同步变更捕获（%2）。</translation>
    </message>
</context>
<context>
    <name>dd::data::DemoAccounts</name>
    <message>
        <source>Cannot write the demo accounts: %1</source>
        <translation>无法写入演示账号：%1</translation>
    </message>
    <message>
        <source>The demo accounts need a district with at least one town squad.</source>
        <translation>演示账号需要辖区内至少有一个街镇中队。</translation>
    </message>
</context>
<context>
    <name>dd::data::DemoGenerator</name>
    <message>
        <source>Cannot prepare the insert into %1: %2</source>
        <translation>无法准备向 %1 插入数据：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: the store already holds a district; the demo needs an empty store.</source>
        <translation>%1：数据库中已有辖区数据；演示区需要一个空数据库。</translation>
    </message>
    <message>
        <source>%1: the demo needs a store at schema version %2 (this one is at %3).</source>
        <translation>%1：演示区需要结构版本为 %2 的数据库（此数据库为 %3）。</translation>
    </message>
    <message>
        <source>The schematic geometry could not be generated: %1</source>
        <translation>无法生成示意几何：%1</translation>
    </message>
    <message>
        <source>The schematic geometry generator returned %1 cells for %2 towns; the demo was not written.</source>
        <translation>示意几何生成器为 %2 个街镇只生成了 %1 个网格；演示区未写入。</translation>
    </message>
    <message>
        <source>%1: the demo district was not written: %2</source>
        <translation>%1：演示区未写入：%2</translation>
    </message>
</context>
<context>
    <name>dd::data::DemoRosters</name>
    <message>
        <source>demo rosters: squads: %1</source>
        <translation>演示勤务表：中队：%1</translation>
    </message>
</context>
<context>
    <name>dd::data::DistrictRepository</name>
    <message>
        <source>Cannot read %1 from the database: %2</source>
        <translation>无法从数据库读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::data::IncidentImporter</name>
    <message>
        <source>%1: not a JSON object (%2 at offset %3).</source>
        <translation>%1：不是 JSON 对象（%2，位置 %3）。</translation>
    </message>
    <message>
        <source>%1: “format” must be csv or json, not “%2”.</source>
        <translation>%1：“format”必须是 csv 或 json，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1: “delimiter” must be one character.</source>
        <translation>%1：“delimiter”必须是一个字符。</translation>
    </message>
    <message>
        <source>%1: columns: unknown field “%2” (known: %3).</source>
        <translation>%1：columns：未知字段“%2”（已知：%3）。</translation>
    </message>
    <message>
        <source>%1: columns: the field ticket_no must be mapped.</source>
        <translation>%1：columns：必须映射 ticket_no 字段。</translation>
    </message>
    <message>
        <source>%1: sources: “%2” is not a source key (%3).</source>
        <translation>%1：sources：“%2”不是来源代码（%3）。</translation>
    </message>
    <message>
        <source>%1: source: “%2” is not a source key.</source>
        <translation>%1：source：“%2”不是来源代码。</translation>
    </message>
    <message>
        <source>Mapping “%1”: not found (looked for %2; saved: %3).</source>
        <translation>映射“%1”：未找到（查找了 %2；已保存：%3）。</translation>
    </message>
    <message>
        <source>Mapping: a name without “/” is needed to save it.</source>
        <translation>映射：保存需要一个不含“/”的名称。</translation>
    </message>
    <message>
        <source>Mapping: cannot create %1.</source>
        <translation>映射：无法创建 %1。</translation>
    </message>
    <message>
        <source>Mapping: cannot write %1: %2</source>
        <translation>映射：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: neither UTF-8 nor GB18030 text.</source>
        <translation>%1：既不是 UTF-8 也不是 GB18030 文本。</translation>
    </message>
    <message>
        <source>%1: encoding “%2” is not known to this build.</source>
        <translation>%1：本程序不支持编码“%2”。</translation>
    </message>
    <message>
        <source>%1: not valid %2 text.</source>
        <translation>%1：不是有效的 %2 文本。</translation>
    </message>
    <message>
        <source>%1: not a JSON array of records, nor an object with “records” (%2 at offset %3).</source>
        <translation>%1：既不是记录的 JSON 数组，也不是含“records”的对象（%2，位置 %3）。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the mapping “%2” expects a column “%3” for %4; the file has: %5.</source>
        <translation>%1：映射“%2”要求列“%3”对应 %4；文件中的列为：%5。</translation>
    </message>
    <message>
        <source>%1: the mapping&apos;s coordinates are %2 but the grid is %3; convert them first.</source>
        <translation>%1：映射的坐标系为 %2，而网格为 %3；请先转换坐标。</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was written.</source>
        <translation>%1：导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>missing ticket number</source>
        <translation>缺少工单编号</translation>
    </message>
    <message>
        <source>unknown source “%1” (add it to the mapping&apos;s sources)</source>
        <translation>未知来源“%1”（请加入映射的 sources）</translation>
    </message>
    <message>
        <source>unparseable date “%1”</source>
        <translation>无法解析的日期“%1”</translation>
    </message>
    <message>
        <source>unknown category “%1”</source>
        <translation>未知问题分类“%1”</translation>
    </message>
    <message>
        <source>coordinates in %1, expected %2</source>
        <translation>坐标系为 %1，应为 %2</translation>
    </message>
    <message>
        <source>coordinates “%1, %2” are not numbers</source>
        <translation>坐标“%1, %2”不是数字</translation>
    </message>
    <message>
        <source>coordinates %1, %2 outside the district</source>
        <translation>坐标 %1, %2 不在本区范围内</translation>
    </message>
    <message>
        <source>no location: no coordinates, and the address names no known town or community</source>
        <translation>无法定位：没有坐标，地址中也没有已知的街镇或村居</translation>
    </message>
    <message>
        <source>outside the squads %1 may register incidents for</source>
        <translation>不在 %1 可登记案件的中队范围内</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>Rejects: cannot write: %1</source>
        <translation>拒收文件：无法写入：%1</translation>
    </message>
    <message>
        <source>%1: cannot prepare the import: %2</source>
        <translation>%1：无法准备导入：%2</translation>
    </message>
    <message>
        <source>%1: the store refused the import&apos;s statements: %2</source>
        <translation>%1：数据库拒绝了导入语句：%2</translation>
    </message>
    <message>
        <source>%1: writing the %2 new incidents failed: %3</source>
        <translation>%1：写入 %2 条新案件失败：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dd::data::IncidentRepository</name>
    <message>
        <source>New incident: unknown source “%1”.</source>
        <translation>新案件：未知来源“%1”。</translation>
    </message>
    <message>
        <source>New incident: category: %1</source>
        <translation>新案件：问题分类：%1</translation>
    </message>
    <message>
        <source>New incident: the coordinates %1, %2 lie outside the district&apos;s grid.</source>
        <translation>新案件：坐标 %1, %2 不在本区网格范围内。</translation>
    </message>
    <message>
        <source>New incident: no location: give coordinates, an address naming a town or community, or the responsible squad.</source>
        <translation>新案件：无法定位：请给出坐标、含街镇或村居名称的地址，或责任中队。</translation>
    </message>
    <message>
        <source>New incident: ticket %1 of this source is already filed.</source>
        <translation>新案件：该来源的工单 %1 已立案。</translation>
    </message>
    <message>
        <source>Incident %1: not found.</source>
        <translation>案件 %1：未找到。</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Incident %1: unknown stage “%2”.</source>
        <translation>案件 %1：未知环节“%2”。</translation>
    </message>
    <message>
        <source>Incident %1: “%2” needs a reason.</source>
        <translation>案件 %1：“%2”需要填写原因。</translation>
    </message>
    <message>
        <source>Incident %1: “%2” needs an officer or a team.</source>
        <translation>案件 %1：“%2”需要指定队员或巡查组。</translation>
    </message>
    <message>
        <source>Incident %1: an extension needs a new deadline after the current one (%2).</source>
        <translation>案件 %1：延期需要一个晚于当前时限（%2）的新时限。</translation>
    </message>
    <message>
        <source>Incident %1: it is already assigned to this officer.</source>
        <translation>案件 %1：已派给该队员。</translation>
    </message>
    <message>
        <source>Incident %1: suspended without a suspension in its history.</source>
        <translation>案件 %1：处于挂账状态，但历史中没有挂账记录。</translation>
    </message>
    <message>
        <source>Incident %1: not found or not visible to %2.</source>
        <translation>案件 %1：未找到，或 %2 无权查看。</translation>
    </message>
</context>
<context>
    <name>dd::data::Incidents</name>
    <message>
        <source>12345 citizen hotline</source>
        <translation>12345 市民服务热线</translation>
    </message>
    <message>
        <source>12319 city-construction hotline</source>
        <translation>12319 城建热线</translation>
    </message>
    <message>
        <source>City bureau transfer</source>
        <translation>市局转派</translation>
    </message>
    <message>
        <source>Management department</source>
        <translation>管理部门</translation>
    </message>
    <message>
        <source>Video detection</source>
        <translation>视频发现</translation>
    </message>
    <message>
        <source>Patrol finding</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>dd::data::IndicatorEngine</name>
    <message>
        <source>12345 hotline</source>
        <translation>12345 热线</translation>
    </message>
    <message>
        <source>12319 hotline</source>
        <translation>12319 热线</translation>
    </message>
    <message>
        <source>City bureau</source>
        <translation>市局转派</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>管理部门</translation>
    </message>
    <message>
        <source>Video detection</source>
        <translation>视频发现</translation>
    </message>
    <message>
        <source>Patrol findings</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Reports: the period %1 – %2 is not a valid date range.</source>
        <translation>报表：期间 %1 – %2 不是有效的日期范围。</translation>
    </message>
    <message>
        <source>Reports: the store&apos;s connection is not SQLite.</source>
        <translation>报表：数据库连接不是 SQLite。</translation>
    </message>
    <message>
        <source>Reports: reading the reference lists failed: %1</source>
        <translation>报表：读取基础数据失败：%1</translation>
    </message>
    <message>
        <source>Reports: reading incidents failed: %1</source>
        <translation>报表：读取案件失败：%1</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Reports: reading incident %1 failed: %2</source>
        <translation>报表：读取案件 %1 失败：%2</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Incidents received per day by source</source>
        <translation>按来源每日受理案件数</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Incidents received by category</source>
        <translation>按类别受理案件数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>其他类别</translation>
    </message>
    <message>
        <source>Due incidents per day: closed on time, closed late, not closed</source>
        <translation>每日应结案件：按期结案、超期结案、未结案</translation>
    </message>
    <message>
        <source>Day due</source>
        <translation>应结日期</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>按期结案</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>超期结案</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>&lt; 10 min</source>
        <translation>&lt; 10 分钟</translation>
    </message>
    <message>
        <source>10–20 min</source>
        <translation>10–20 分钟</translation>
    </message>
    <message>
        <source>20–30 min</source>
        <translation>20–30 分钟</translation>
    </message>
    <message>
        <source>30–45 min</source>
        <translation>30–45 分钟</translation>
    </message>
    <message>
        <source>45–60 min</source>
        <translation>45–60 分钟</translation>
    </message>
    <message>
        <source>1–1.5 h</source>
        <translation>1–1.5 小时</translation>
    </message>
    <message>
        <source>1.5–2 h</source>
        <translation>1.5–2 小时</translation>
    </message>
    <message>
        <source>≥ 2 h</source>
        <translation>≥ 2 小时</translation>
    </message>
    <message>
        <source>Time from filing to arrival</source>
        <translation>立案至到场用时</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>&lt; 4 h</source>
        <translation>&lt; 4 小时</translation>
    </message>
    <message>
        <source>4–8 h</source>
        <translation>4–8 小时</translation>
    </message>
    <message>
        <source>8–24 h</source>
        <translation>8–24 小时</translation>
    </message>
    <message>
        <source>1–2 days</source>
        <translation>1–2 天</translation>
    </message>
    <message>
        <source>2–3 days</source>
        <translation>2–3 天</translation>
    </message>
    <message>
        <source>3–5 days</source>
        <translation>3–5 天</translation>
    </message>
    <message>
        <source>5–10 days</source>
        <translation>5–10 天</translation>
    </message>
    <message>
        <source>≥ 10 days</source>
        <translation>≥ 10 天</translation>
    </message>
    <message>
        <source>Time from filing to closing</source>
        <translation>立案至结案用时</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Incidents assigned per officer</source>
        <translation>每名执法队员承办案件数</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法队员</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>承办</translation>
    </message>
    <message>
        <source>Reports: cancelled.</source>
        <translation>报表：已取消。</translation>
    </message>
</context>
<context>
    <name>dd::data::LayerImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the town %1 is not in the store&apos;s district</source>
        <translation>镇街 %1 不在本库的区内</translation>
    </message>
    <message>
        <source>the community %1 is not in the store</source>
        <translation>社区 %1 不在本库中</translation>
    </message>
    <message>
        <source>the district %1 is not the store&apos;s district %2</source>
        <translation>区 %1 不是本库的区 %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1：%2；未导入任何内容。</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  ……另有 %1 条</translation>
    </message>
    <message>
        <source>%1: %2 of %3 features have faults; nothing was imported (import only the valid features with --valid-only):
%4</source>
        <translation>%1：%3 个要素中有 %2 个有错误；未导入任何内容（可用 --valid-only 只导入有效要素）：
%4</translation>
    </message>
    <message>
        <source>%1: the file holds no valid cell; nothing was imported.</source>
        <translation>%1：文件中没有有效的网格；未导入任何内容。</translation>
    </message>
    <message>
        <source>grid_layers: a layer named &quot;%1&quot; exists already; choose another name.</source>
        <translation>grid_layers：名为“%1”的图层已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>grid_areas: feature %1 (%2): %3</source>
        <translation>grid_areas：要素 %1（%2）：%3</translation>
    </message>
    <message>
        <source>grid_cells: feature %1 (%2): %3</source>
        <translation>grid_cells：要素 %1（%2）：%3</translation>
    </message>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1：未导入任何内容：%2</translation>
    </message>
    <message>
        <source>grid_layers: there is no layer to export.</source>
        <translation>grid_layers：没有可导出的图层。</translation>
    </message>
    <message>
        <source>the stored geometry of %1 cannot be read: %2</source>
        <translation>无法读取 %1 已存储的几何：%2</translation>
    </message>
</context>
<context>
    <name>dd::data::LayerRepository</name>
    <message>
        <source>Cannot read %1 from the database: %2</source>
        <translation>无法从数据库读取 %1：%2</translation>
    </message>
    <message>
        <source>grid_layers: the store holds no grid layer.</source>
        <translation>grid_layers：数据库中没有网格图层。</translation>
    </message>
    <message>
        <source>grid_cells: the geometry of cell %1 cannot be read: %2</source>
        <translation>grid_cells：无法读取网格 %1 的几何：%2</translation>
    </message>
    <message>
        <source>Travel speeds: %1</source>
        <translation>通行速度：%1</translation>
    </message>
    <message>
        <source>grid_cells: the cell kinds cannot be set: %1</source>
        <translation>grid_cells：无法设置网格类型：%1</translation>
    </message>
</context>
<context>
    <name>dd::data::MapData</name>
    <message>
        <source>Cannot read %1 for the map: %2</source>
        <translation>无法为地图读取 %1：%2</translation>
    </message>
    <message>
        <source>grid_areas: the boundary of %1 cannot be read.</source>
        <translation>grid_areas：无法读取 %1 的边界。</translation>
    </message>
    <message>
        <source>grid_cells: the geometry of cell %1 cannot be read.</source>
        <translation>grid_cells：无法读取网格 %1 的几何。</translation>
    </message>
    <message>
        <source>Coverage: the time window is empty or invalid.</source>
        <translation>覆盖：时间窗口为空或无效。</translation>
    </message>
    <message>
        <source>Map: no such cell.</source>
        <translation>地图：没有这个网格。</translation>
    </message>
</context>
<context>
    <name>dd::data::OfficerRepository</name>
    <message>
        <source>Cannot read the officers of squad %1: %2</source>
        <translation>无法读取中队 %1 的执法队员：%2</translation>
    </message>
    <message>
        <source>Cannot read officer %1: %2</source>
        <translation>无法读取执法队员 %1：%2</translation>
    </message>
    <message>
        <source>No officer with badge number %1.</source>
        <translation>没有工号为 %1 的执法队员。</translation>
    </message>
    <message>
        <source>Cannot save officer %1 (%2): %3</source>
        <translation>无法保存执法队员 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Officer %1 (%2) is not in the database.</source>
        <translation>数据库中没有执法队员 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>dd::data::OnDuty</name>
    <message>
        <source>On duty: the time window is empty or invalid.</source>
        <translation>在岗查询：时间窗口为空或无效。</translation>
    </message>
    <message>
        <source>Cannot read who is on duty: %1</source>
        <translation>无法读取在岗人员：%1</translation>
    </message>
    <message>
        <source>Roster %1 has an assignment with an invalid date &quot;%2&quot;.</source>
        <translation>勤务表 %1 中有一条日期无效（“%2”）的排班。</translation>
    </message>
</context>
<context>
    <name>dd::data::PasswordHasher</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation>密码库（libsodium）无法初始化。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码散列。</translation>
    </message>
</context>
<context>
    <name>dd::data::Permissions</name>
    <message>
        <source>View rosters</source>
        <translation>查看排班表</translation>
    </message>
    <message>
        <source>Edit draft rosters</source>
        <translation>编辑排班草稿</translation>
    </message>
    <message>
        <source>Publish rosters</source>
        <translation>发布排班表</translation>
    </message>
    <message>
        <source>View incidents</source>
        <translation>查看案件</translation>
    </message>
    <message>
        <source>Register incidents</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Dispatch incidents</source>
        <translation>派遣案件</translation>
    </message>
    <message>
        <source>Verify and close incidents</source>
        <translation>核实结案</translation>
    </message>
    <message>
        <source>Write supervision notes</source>
        <translation>填写督查意见</translation>
    </message>
    <message>
        <source>See personal data unmasked</source>
        <translation>查看未脱敏的个人信息</translation>
    </message>
    <message>
        <source>Edit officers</source>
        <translation>编辑执法队员</translation>
    </message>
    <message>
        <source>Edit categories, calendar and grid</source>
        <translation>编辑案件类别、工作日历和网格</translation>
    </message>
    <message>
        <source>Manage accounts and roles</source>
        <translation>管理账号和角色</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>View reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>Synchronise with the district</source>
        <translation>与区局同步</translation>
    </message>
</context>
<context>
    <name>dd::data::PersonalData</name>
    <message>
        <source>Cannot read the officer: %1</source>
        <translation>无法读取执法队员信息：%1</translation>
    </message>
    <message>
        <source>No such officer.</source>
        <translation>没有该执法队员。</translation>
    </message>
</context>
<context>
    <name>dd::data::PostRepository</name>
    <message>
        <source>Cannot read the posts of squad %1: %2</source>
        <translation>无法读取中队 %1 的岗位：%2</translation>
    </message>
    <message>
        <source>Cannot check the patrol coverage of squad %1: %2</source>
        <translation>无法检查中队 %1 的巡查覆盖：%2</translation>
    </message>
</context>
<context>
    <name>dd::data::Recommender</name>
    <message>
        <source>Incident %1: not found.</source>
        <translation>案件 %1：未找到。</translation>
    </message>
    <message>
        <source>Nobody of %1 is on duty now (no published roster covers this time). Offered instead: the district&apos;s direct squad %2.</source>
        <translation>%1 当前无人在岗（没有已发布的勤务表覆盖此时）。改为推荐区局直属中队 %2。</translation>
    </message>
    <message>
        <source>Nobody of %1 is on duty now, nor of the district&apos;s direct squad: no published roster covers this time.</source>
        <translation>%1 当前无人在岗，区局直属中队也无人在岗：没有已发布的勤务表覆盖此时。</translation>
    </message>
    <message>
        <source>Team %1 (%2)</source>
        <translation>%1 组（%2）</translation>
    </message>
</context>
<context>
    <name>dd::data::ReferenceData</name>
    <message>
        <source>%1: cannot read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1: empty file.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>%1: line 1: no column &quot;%2&quot;.</source>
        <translation>%1：第 1 行：没有“%2”列。</translation>
    </message>
    <message>
        <source>%1: line %2: no value for column &quot;%3&quot;.</source>
        <translation>%1：第 %2 行：“%3”列没有值。</translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is not a 9-digit code of district %4.</source>
        <translation>%1：第 %2 行：“%3”不是辖区 %4 的 9 位代码。</translation>
    </message>
    <message>
        <source>%1: line %2: unknown town &quot;%3&quot; or bad coordinates.</source>
        <translation>%1：第 %2 行：未知街镇“%3”或坐标有误。</translation>
    </message>
    <message>
        <source>%1: no seat for town %2 (%3).</source>
        <translation>%1：街镇 %2（%3）没有驻地坐标。</translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is not a 12-digit code inside a known town.</source>
        <translation>%1：第 %2 行：“%3”不是已知街镇下的 12 位代码。</translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is not a 5-digit code of major class %4.</source>
        <translation>%1：第 %2 行：“%3”不是大类 %4 下的 5 位代码。</translation>
    </message>
</context>
<context>
    <name>dd::data::Role</name>
    <message>
        <source>District administrator</source>
        <translation>区局管理员</translation>
    </message>
    <message>
        <source>District supervisor</source>
        <translation>区局督查</translation>
    </message>
    <message>
        <source>Command-centre dispatcher</source>
        <translation>指挥中心调度员</translation>
    </message>
    <message>
        <source>Squad leader</source>
        <translation>中队长</translation>
    </message>
    <message>
        <source>Squad dispatcher</source>
        <translation>中队调度员</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法队员</translation>
    </message>
</context>
<context>
    <name>dd::data::RosterFigureEngine</name>
    <message>
        <source>Roster figures: the period %1 – %2 is not a valid date range.</source>
        <translation>勤务统计：期间 %1 – %2 不是有效的日期范围。</translation>
    </message>
    <message>
        <source>Roster figures: reading officers failed: %1</source>
        <translation>勤务统计：读取执法队员失败：%1</translation>
    </message>
    <message>
        <source>Roster figures: reading the calendar failed: %1</source>
        <translation>勤务统计：读取工作日历失败：%1</translation>
    </message>
    <message>
        <source>Roster figures: reading cells failed: %1</source>
        <translation>勤务统计：读取网格失败：%1</translation>
    </message>
    <message>
        <source>Roster figures: reading patrol sectors failed: %1</source>
        <translation>勤务统计：读取巡查片区失败：%1</translation>
    </message>
    <message>
        <source>Hours on duty per officer (published rosters)</source>
        <translation>每名执法队员在岗工时（已发布勤务表）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法队员</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同工时</translation>
    </message>
    <message>
        <source>Grid cells covered by a patrol on duty, over the day</source>
        <translation>全天各时段有巡查人员在岗的网格占比</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Cells covered (%)</source>
        <translation>网格覆盖率（%）</translation>
    </message>
    <message>
        <source>Lowest day</source>
        <translation>最低日</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Highest day</source>
        <translation>最高日</translation>
    </message>
</context>
<context>
    <name>dd::data::RosterPeriod</name>
    <message>
        <source>period &quot;%1&quot;: the year %2 has no ISO week %3.</source>
        <translation>周期“%1”：%2 年没有 ISO 第 %3 周。</translation>
    </message>
    <message>
        <source>period &quot;%1&quot;: month %2 does not exist.</source>
        <translation>周期“%1”：不存在 %2 月。</translation>
    </message>
    <message>
        <source>period &quot;%1&quot;: a range needs two valid dates, the second not before the first, at most 93 days.</source>
        <translation>周期“%1”：区间需要两个有效日期，后者不早于前者，最长 93 天。</translation>
    </message>
    <message>
        <source>period &quot;%1&quot;: expected a week (2026-W49), a month (2026-12) or a range (2026-12-01..2026-12-14).</source>
        <translation>周期“%1”：应为一周（2026-W49）、一个月（2026-12）或日期区间（2026-12-01..2026-12-14）。</translation>
    </message>
    <message>
        <source>certified (law-enforcement certificate)</source>
        <translation>持执法证</translation>
    </message>
    <message>
        <source>legal officer</source>
        <translation>法制员</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <source>any officer</source>
        <translation>任意队员</translation>
    </message>
</context>
<context>
    <name>dd::data::RosterPlanner</name>
    <message>
        <source>this shift may not follow the previous day&apos;s shift</source>
        <translation>此班次不能接在前一天的班次之后</translation>
    </message>
    <message>
        <source>rest before this shift is %1 min short of 11 hours</source>
        <translation>本班前休息距 11 小时还差 %1 分钟</translation>
    </message>
    <message>
        <source>%1 shift(s) of this type too many</source>
        <translation>此类班次多了 %1 个</translation>
    </message>
    <message>
        <source>%1 min over the period&apos;s working-time limit</source>
        <translation>超出本周期工时上限 %1 分钟</translation>
    </message>
    <message>
        <source>%1 min under the period&apos;s minimum working time</source>
        <translation>低于本周期最低工时 %1 分钟</translation>
    </message>
    <message>
        <source>%1 min over the weekly working-time limit</source>
        <translation>超出每周工时上限 %1 分钟</translation>
    </message>
    <message>
        <source>%1 working day(s) in a row too many</source>
        <translation>连续上班多了 %1 天</translation>
    </message>
    <message>
        <source>working block %1 day(s) too short</source>
        <translation>连续上班段少了 %1 天</translation>
    </message>
    <message>
        <source>rest block %1 day(s) too short</source>
        <translation>连续休息段少了 %1 天</translation>
    </message>
    <message>
        <source>%1 weekend(s) worked too many</source>
        <translation>周末上班多了 %1 个</translation>
    </message>
    <message>
        <source>works on a day of leave</source>
        <translation>在请假日上班</translation>
    </message>
    <message>
        <source>lacks the skill this shift needs</source>
        <translation>不具备此班次所需资质</translation>
    </message>
    <message>
        <source>differs from a locked or already worked cell</source>
        <translation>与锁定或已执行的排班不同</translation>
    </message>
    <message>
        <source>%1 officer(s) on a shift not needed that day</source>
        <translation>当天不需要的班次上排了 %1 人</translation>
    </message>
    <message>
        <source>%1 officer(s) missing</source>
        <translation>缺 %1 人</translation>
    </message>
    <message>
        <source>%1 officer(s) below the wanted headcount</source>
        <translation>比期望人数少 %1 人</translation>
    </message>
    <message>
        <source>%1 officer(s) more than wanted</source>
        <translation>比期望人数多 %1 人</translation>
    </message>
    <message>
        <source>asked to work this shift</source>
        <translation>本人申请上此班</translation>
    </message>
    <message>
        <source>asked not to work this day or shift</source>
        <translation>本人申请不上此日或此班</translation>
    </message>
    <message>
        <source>night shifts spread unevenly (%1 between most and fewest)</source>
        <translation>夜班分配不均（最多与最少相差 %1）</translation>
    </message>
    <message>
        <source>weekends spread unevenly (%1 between most and fewest)</source>
        <translation>周末班分配不均（最多与最少相差 %1）</translation>
    </message>
    <message>
        <source>holidays spread unevenly (%1 between most and fewest)</source>
        <translation>节假日班分配不均（最多与最少相差 %1）</translation>
    </message>
    <message>
        <source>differs from the published version</source>
        <translation>与已发布版本不同</translation>
    </message>
    <message>
        <source>patrol shift with fewer than two certified officers</source>
        <translation>巡查班次持证队员不足两人</translation>
    </message>
    <message>
        <source>officer %1 is not an active officer of the squad</source>
        <translation>队员 %1 不是本中队在岗队员</translation>
    </message>
    <message>
        <source>unknown or inactive shift type %1</source>
        <translation>未知或已停用的班次 %1</translation>
    </message>
    <message>
        <source>date outside the period %1</source>
        <translation>日期不在周期 %1 内</translation>
    </message>
    <message>
        <source>post %1 is not an active post of the squad</source>
        <translation>岗位 %1 不是本中队在用岗位</translation>
    </message>
    <message>
        <source>shift %1 does not fit post %2</source>
        <translation>班次 %1 与岗位 %2 不匹配</translation>
    </message>
    <message>
        <source>post %1 is not in use on this day</source>
        <translation>岗位 %1 当天未启用</translation>
    </message>
    <message>
        <source>needs %1, planned %2</source>
        <translation>需要 %1 人，已排 %2 人</translation>
    </message>
    <message>
        <source>needs %1 %2, planned %3</source>
        <translation>需要 %1 名%2，已排 %3 名</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（未编组）</translation>
    </message>
    <message>
        <source>a patrol team needs two officers with certificates (%1 officer(s), %2 certified)</source>
        <translation>巡查组需要两名持证队员（现 %1 人，持证 %2 人）</translation>
    </message>
    <message>
        <source>%1, %2 %3: needs %4 officer(s) who are %5, only %6 available</source>
        <translation>%1，%2 %3：需要 %4 名%5，仅有 %6 名可用</translation>
    </message>
    <message>
        <source>%1, %2 %3: needs %4 officer(s), only %5 not on leave</source>
        <translation>%1，%2 %3：需要 %4 人，未请假的仅 %5 人</translation>
    </message>
    <message>
        <source>%1: posts %2 together need %3 officer(s) who are %4, only %5 available</source>
        <translation>%1：岗位 %2 合计需要 %3 名%4，仅有 %5 名可用</translation>
    </message>
    <message>
        <source>%1: the posts together need %2 officer(s), only %3 not on leave</source>
        <translation>%1：各岗位合计需要 %2 人，未请假的仅 %3 人</translation>
    </message>
</context>
<context>
    <name>dd::data::RosterRepository</name>
    <message>
        <source>squads: %1</source>
        <translation>中队：%1</translation>
    </message>
    <message>
        <source>event_overlays: %1</source>
        <translation>event_overlays：%1</translation>
    </message>
    <message>
        <source>roster_replan_flags: %1</source>
        <translation>roster_replan_flags：%1</translation>
    </message>
    <message>
        <source>compare: roster %1 belongs to %2 and roster %3 to %4; compare versions of one squad.</source>
        <translation>比较：勤务表 %1 属于 %2，勤务表 %3 属于 %4；只能比较同一中队的版本。</translation>
    </message>
    <message>
        <source>roster of %1: the period is not valid.</source>
        <translation>%1 的勤务表：周期无效。</translation>
    </message>
    <message>
        <source>roster_assignments: %1</source>
        <translation>roster_assignments：%1</translation>
    </message>
    <message>
        <source>rosters: %1</source>
        <translation>rosters：%1</translation>
    </message>
    <message>
        <source>event_overlay_rows: %1</source>
        <translation>event_overlay_rows：%1</translation>
    </message>
    <message>
        <source>demand_days: %1</source>
        <translation>demand_days：%1</translation>
    </message>
    <message>
        <source>demand_days, row %1: date %2 is not among the dates being replaced.</source>
        <translation>demand_days 第 %1 行：日期 %2 不在要替换的日期中。</translation>
    </message>
    <message>
        <source>demand_days, row %1 (%2, post %3, shift %4): %5</source>
        <translation>demand_days 第 %1 行（%2，岗位 %3，班次 %4）：%5</translation>
    </message>
    <message>
        <source>officers: %1</source>
        <translation>officers：%1</translation>
    </message>
    <message>
        <source>officer %1: no such officer.</source>
        <translation>队员 %1：不存在。</translation>
    </message>
    <message>
        <source>leave of officer %1: the start date must be valid and not after the end date.</source>
        <translation>队员 %1 的请假：开始日期必须有效且不晚于结束日期。</translation>
    </message>
    <message>
        <source>%1 leave %2..%3 overlaps published version %4</source>
        <translation>%1 假期 %2..%3 与已发布的第 %4 版重叠</translation>
    </message>
    <message>
        <source>leave %1: no such leave entry.</source>
        <translation>请假 %1：不存在。</translation>
    </message>
    <message>
        <source>shift request %1: no such request.</source>
        <translation>排班申请 %1：不存在。</translation>
    </message>
    <message>
        <source>roster %1 %2 version %3 is already published; change it by publishing a new version.</source>
        <translation>勤务表 %1 %2 第 %3 版已发布；如需修改请发布新版本。</translation>
    </message>
    <message>
        <source>roster %1 %2 version %3 has %4 hard violation(s); publishing it needs the leader&apos;s confirmation (recorded in the audit log).</source>
        <translation>勤务表 %1 %2 第 %3 版违反 %4 条硬性规则；发布需中队长确认（记入审计日志）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>squad %1: no such squad in this store.</source>
        <translation>中队 %1：本数据库中不存在。</translation>
    </message>
    <message>
        <source>squad id %1: no such squad in this store.</source>
        <translation>中队 ID %1：本数据库中不存在。</translation>
    </message>
    <message>
        <source>roster %1: no such roster version.</source>
        <translation>勤务表 %1：不存在该版本。</translation>
    </message>
    <message>
        <source>roster %1 %2, cell %3: date %4 is outside the period.</source>
        <translation>勤务表 %1 %2 第 %3 格：日期 %4 不在周期内。</translation>
    </message>
    <message>
        <source>roster %1 %2, cell %3 (officer %4, %5): %6</source>
        <translation>勤务表 %1 %2 第 %3 格（队员 %4，%5）：%6</translation>
    </message>
    <message>
        <source>roster %1: not a draft; a published version cannot be published again.</source>
        <translation>勤务表 %1：不是草稿；已发布的版本不能再次发布。</translation>
    </message>
    <message>
        <source>%1, row %2 (post %3, shift %4): %5</source>
        <translation>%1 第 %2 行（岗位 %3，班次 %4）：%5</translation>
    </message>
    <message>
        <source>event overlay &quot;%1&quot;: needs a name and a start date not after the end date.</source>
        <translation>重大活动叠加“%1”：需要名称，且开始日期不晚于结束日期。</translation>
    </message>
    <message>
        <source>leave_requests (officer %1, %2..%3, kind %4): %5</source>
        <translation>leave_requests（队员 %1，%2..%3，类型 %4）：%5</translation>
    </message>
    <message>
        <source>shift_requests (officer %1, %2, kind %3): %4</source>
        <translation>shift_requests（队员 %1，%2，类型 %3）：%4</translation>
    </message>
</context>
<context>
    <name>dd::data::StoreInfo</name>
    <message>
        <source>%1: cannot list the tables (%2).</source>
        <translation>%1：无法列出数据表（%2）。</translation>
    </message>
    <message>
        <source>%1: cannot count table %2 (%3).</source>
        <translation>%1：无法统计表 %2 的行数（%3）。</translation>
    </message>
</context>
<context>
    <name>dd::data::UserStore</name>
    <message>
        <source>Cannot read or write the accounts: %1</source>
        <translation>无法读写账号：%1</translation>
    </message>
    <message>
        <source>The password must differ from the last %1 passwords.</source>
        <translation>新密码不能与最近 %1 次使用的密码相同。</translation>
    </message>
    <message>
        <source>No squad with the code %1.</source>
        <translation>没有代码为 %1 的中队。</translation>
    </message>
</context>
<context>
    <name>dd::data::Workflow</name>
    <message>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>File</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Arrive on scene</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Give feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Return (not ours)</source>
        <translation>退回（非本单位）</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>挂账</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>“%1” is not allowed for an incident that is “%2”.</source>
        <translation>处于“%2”的案件不能“%1”。</translation>
    </message>
</context>
<context>
    <name>dd::grid</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>The cell code is empty.</source>
        <translation>网格编码为空。</translation>
    </message>
    <message>
        <source>The cell code may contain only the digits 0-9; character %1 is &quot;%2&quot;.</source>
        <translation>网格编码只能包含数字 0-9；第 %1 个字符是“%2”。</translation>
    </message>
    <message>
        <source>The cell code has %1 digits; %2 are expected.</source>
        <translation>网格编码有 %1 位，应为 %2 位。</translation>
    </message>
    <message>
        <source>The cell code must start with the district code %1.</source>
        <translation>网格编码必须以区县代码 %1 开头。</translation>
    </message>
    <message>
        <source>A linear ring is not an array of positions.</source>
        <translation>线环不是坐标点数组。</translation>
    </message>
    <message>
        <source>A linear ring has %1 positions; at least 4 are required.</source>
        <translation>线环只有 %1 个坐标点，至少需要 4 个。</translation>
    </message>
    <message>
        <source>A position is not an array of at least two numbers.</source>
        <translation>坐标点不是至少包含两个数字的数组。</translation>
    </message>
    <message>
        <source>A position holds a number that is not finite.</source>
        <translation>坐标点包含非有限数值。</translation>
    </message>
    <message>
        <source>A linear ring is not closed: its first and last positions differ.</source>
        <translation>线环未闭合：首末坐标点不同。</translation>
    </message>
    <message>
        <source>A polygon is not an array of linear rings.</source>
        <translation>多边形不是线环数组。</translation>
    </message>
    <message>
        <source>A polygon has no exterior ring.</source>
        <translation>多边形没有外环。</translation>
    </message>
    <message>
        <source>The geometry is not valid JSON: %1 (at offset %2).</source>
        <translation>几何数据不是有效的 JSON：%1（位于偏移 %2）。</translation>
    </message>
    <message>
        <source>The geometry is not a JSON object.</source>
        <translation>几何数据不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The geometry has no &quot;coordinates&quot; array.</source>
        <translation>几何数据没有“coordinates”数组。</translation>
    </message>
    <message>
        <source>The geometry type &quot;%1&quot; is not supported; expected Polygon or MultiPolygon.</source>
        <translation>不支持几何类型“%1”；应为 Polygon 或 MultiPolygon。</translation>
    </message>
    <message>
        <source>The geometry is not valid: %1</source>
        <translation>几何数据无效：%1</translation>
    </message>
    <message>
        <source>The district code &quot;%1&quot; is not 6 digits.</source>
        <translation>区县代码“%1”不是 6 位数字。</translation>
    </message>
    <message>
        <source>The district has no towns.</source>
        <translation>辖区内没有街镇。</translation>
    </message>
    <message>
        <source>The cell size %1 m is outside 10 to 10,000 m.</source>
        <translation>网格边长 %1 米超出 10 至 10,000 米的范围。</translation>
    </message>
    <message>
        <source>The outline margin %1 m is outside 0 to 100,000 m.</source>
        <translation>外轮廓边距 %1 米超出 0 至 100,000 米的范围。</translation>
    </message>
    <message>
        <source>The town code &quot;%1&quot; is not 9 digits starting with the district code %2.</source>
        <translation>街镇代码“%1”不是以区县代码 %2 开头的 9 位数字。</translation>
    </message>
    <message>
        <source>The town code %1 appears twice.</source>
        <translation>街镇代码 %1 重复出现。</translation>
    </message>
    <message>
        <source>The seat of town %1 has no valid coordinates.</source>
        <translation>街镇 %1 的驻地没有有效坐标。</translation>
    </message>
    <message>
        <source>Community %1 belongs to the unknown town %2.</source>
        <translation>社区 %1 属于未知街镇 %2。</translation>
    </message>
    <message>
        <source>The community code &quot;%1&quot; is not 12 digits starting with its town&apos;s code %2.</source>
        <translation>社区代码“%1”不是以所属街镇代码 %2 开头的 12 位数字。</translation>
    </message>
    <message>
        <source>The community code %1 appears twice.</source>
        <translation>社区代码 %1 重复出现。</translation>
    </message>
    <message>
        <source>Town %1 has no community, so its cells could not be coded.</source>
        <translation>街镇 %1 没有社区，因此其网格无法编码。</translation>
    </message>
    <message>
        <source>The district would need more than 20 million candidate cells; choose larger cells.</source>
        <translation>辖区将需要超过 2000 万个候选网格；请选择更大的网格。</translation>
    </message>
    <message>
        <source>The seat of town %1 falls outside the outline.</source>
        <translation>街镇 %1 的驻地位于外轮廓之外。</translation>
    </message>
    <message>
        <source>The seats of towns %1 and %2 fall in the same cell; choose smaller cells.</source>
        <translation>街镇 %1 和 %2 的驻地落在同一网格中；请选择更小的网格。</translation>
    </message>
    <message>
        <source>Town %1 has %2 cells but %3 communities; choose smaller cells.</source>
        <translation>街镇 %1 只有 %2 个网格，却有 %3 个社区；请选择更小的网格。</translation>
    </message>
    <message>
        <source>Community %1 would have %2 cells; serial numbers stop at 999. Choose larger cells.</source>
        <translation>社区 %1 将有 %2 个网格，而序号最大为 999。请选择更大的网格。</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>要素 %1：%2</translation>
    </message>
    <message>
        <source>feature %1 (%2): %3</source>
        <translation>要素 %1（%2）：%3</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2</source>
        <translation>第 %1 行：不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the file is not a GeoJSON FeatureCollection</source>
        <translation>文件不是 GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>the FeatureCollection has no &quot;features&quot; array</source>
        <translation>FeatureCollection 没有“features”数组</translation>
    </message>
    <message>
        <source>the file&apos;s coordinate reference is %1 but the district&apos;s layers use %2; the coordinates would land in the wrong place (convert the file, or import it with --crs %1 as a new district layer)</source>
        <translation>文件的坐标参考为 %1，而本区图层使用 %2；坐标会落在错误的位置（请转换文件，或用 --crs %1 作为本区新图层导入）</translation>
    </message>
    <message>
        <source>WGS84 (none declared, the GeoJSON default)</source>
        <translation>WGS84（未声明，GeoJSON 默认值）</translation>
    </message>
    <message>
        <source>not a GeoJSON Feature</source>
        <translation>不是 GeoJSON Feature</translation>
    </message>
    <message>
        <source>the code is a number; write it as text (&quot;…&quot;) so that leading zeros and long codes survive</source>
        <translation>编码是数字；请写成文本（&quot;…&quot;），以免丢失前导零和长编码</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (cell, town, community or district)</source>
        <translation>未知的层级“%1”（cell、town、community 或 district）</translation>
    </message>
    <message>
        <source>the property &quot;code&quot; is missing</source>
        <translation>缺少属性“code”</translation>
    </message>
    <message>
        <source>the property &quot;parent&quot; (the community&apos;s 12-digit or the town&apos;s 9-digit code) is missing</source>
        <translation>缺少属性“parent”（社区的 12 位或镇街的 9 位代码）</translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; is neither a 12-digit community code nor a 9-digit town code</source>
        <translation>上级“%1”既不是 12 位社区代码也不是 9 位镇街代码</translation>
    </message>
    <message>
        <source>the code does not start with its parent&apos;s code %1</source>
        <translation>编码不以其上级代码 %1 开头</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (urban, suburban or rural)</source>
        <translation>未知的类型“%1”（urban、suburban 或 rural）</translation>
    </message>
    <message>
        <source>a town code has 9 digits</source>
        <translation>镇街代码为 9 位数字</translation>
    </message>
    <message>
        <source>a community code has 12 digits</source>
        <translation>社区代码为 12 位数字</translation>
    </message>
    <message>
        <source>a district code has 6 digits</source>
        <translation>区代码为 6 位数字</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>要素没有几何</translation>
    </message>
    <message>
        <source>the geometry is a %1; only Polygon and MultiPolygon are accepted</source>
        <translation>几何类型为 %1；只接受 Polygon 和 MultiPolygon</translation>
    </message>
    <message>
        <source>a ring intersects itself (self-intersection)</source>
        <translation>环自相交</translation>
    </message>
    <message>
        <source>the coordinates are not longitude/latitude in degrees (projected coordinates are not supported)</source>
        <translation>坐标不是以度为单位的经纬度（不支持投影坐标）</translation>
    </message>
    <message>
        <source>the code is used by feature %1 already</source>
        <translation>该编码已被要素 %1 使用</translation>
    </message>
    <message>
        <source>the cell lies outside its town %1</source>
        <translation>网格位于其所属镇街 %1 之外</translation>
    </message>
    <message>
        <source>the speed for %1 cells must be a positive number of km/h</source>
        <translation>%1 网格的速度必须是正的公里/小时数</translation>
    </message>
    <message>
        <source>the detour factor must be at least 1</source>
        <translation>绕行系数不得小于 1</translation>
    </message>
</context>
<context>
    <name>dd::grid::Recommendation</name>
    <message>
        <source>%1 of %2 certified officers</source>
        <translation>持证队员 %1/%2 名</translation>
    </message>
    <message>
        <source>no legal officer</source>
        <translation>无法制员</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>无驾驶员</translation>
    </message>
    <message>
        <source>responsible for this cell&apos;s sector</source>
        <translation>负责该网格所在责任区</translation>
    </message>
    <message>
        <source>not responsible for this cell</source>
        <translation>非该网格责任人</translation>
    </message>
    <message>
        <source>lacks: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>has the legal officer this category needs</source>
        <translation>有该类案件所需的法制员</translation>
    </message>
    <message>
        <source>about %1 min away</source>
        <translation>约 %1 分钟路程</translation>
    </message>
    <message>
        <source>position unknown (counted as %1 min)</source>
        <translation>位置未知（按 %1 分钟计）</translation>
    </message>
    <message>
        <source>no open incidents</source>
        <translation>无在办案件</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>在办案件 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::sync</name>
    <message>
        <source>sync_tables: %1</source>
        <translation>sync_tables：%1</translation>
    </message>
    <message>
        <source>sync_tables: table %1: %2</source>
        <translation>sync_tables：表 %1：%2</translation>
    </message>
    <message>
        <source>sync_tables: table %1 has no id column</source>
        <translation>sync_tables：表 %1 没有 id 列</translation>
    </message>
    <message>
        <source>cannot create a change-capture trigger: %1</source>
        <translation>无法创建变更捕获触发器：%1</translation>
    </message>
    <message>
        <source>district server %1: %2</source>
        <translation>区级服务器 %1：%2</translation>
    </message>
    <message>
        <source>the district server does not know this console&apos;s squad %1</source>
        <translation>区级服务器不认识本终端所属中队 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>push: %1</source>
        <translation>上传：%1</translation>
    </message>
    <message>
        <source>push: the district server answered %1 results for %2 changes</source>
        <translation>上传：区级服务器对 %2 条变更返回了 %1 条结果</translation>
    </message>
    <message>
        <source>refused by the district server: %1</source>
        <translation>被区级服务器拒绝：%1</translation>
    </message>
    <message>
        <source>pull: %1</source>
        <translation>下载：%1</translation>
    </message>
    <message>
        <source>%1 %2: cannot store the district&apos;s row: %3</source>
        <translation>%1 %2：无法保存区级的记录：%3</translation>
    </message>
    <message>
        <source>sync cancelled: %1 changes sent, %2 rows received</source>
        <translation>同步已取消：已上传 %1 条变更，已接收 %2 条记录</translation>
    </message>
    <message>
        <source>sync incomplete: %1 changes sent, %2 rows received; %3</source>
        <translation>同步未完成：已上传 %1 条变更，已接收 %2 条记录；%3</translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>sync done with refusals: %1 changes sent, %2 refused by the district server (see the sync log), %3 rows received</source>
        <translation>同步完成但有被拒绝的变更：已上传 %1 条，其中 %2 条被区级服务器拒绝（见同步日志），已接收 %3 条记录</translation>
    </message>
    <message>
        <source>sync done: %1 changes sent, %2 rows received, %3 new conflicts (%4 s)</source>
        <translation>同步完成：已上传 %1 条变更，已接收 %2 条记录，新冲突 %3 条（%4 秒）</translation>
    </message>
    <message>
        <source>sync_conflicts: no conflict %1 (or its table is no longer synced)</source>
        <translation>sync_conflicts：没有冲突 %1（或其所在表已不再同步）</translation>
    </message>
    <message>
        <source>sync_conflicts: conflict %1 is already %2</source>
        <translation>sync_conflicts：冲突 %1 已是 %2 状态</translation>
    </message>
    <message>
        <source>%1: this store has no column %2 to re-apply</source>
        <translation>%1：本库没有可重新应用的列 %2</translation>
    </message>
    <message>
        <source>%1 %2: cannot re-apply field %3: %4</source>
        <translation>%1 %2：无法重新应用字段 %3：%4</translation>
    </message>
    <message>
        <source>%1 %2: the row is not in this store; nothing re-applied</source>
        <translation>%1 %2：本库中没有该记录，未重新应用任何内容</translation>
    </message>
    <message>
        <source>sync_conflicts: no open conflict %1</source>
        <translation>sync_conflicts：没有未处理的冲突 %1</translation>
    </message>
    <message>
        <source>sync: no %1 file given</source>
        <translation>同步：未指定%1文件</translation>
    </message>
    <message>
        <source>sync: cannot read the %1 file %2 (%3)</source>
        <translation>同步：无法读取%1文件 %2（%3）</translation>
    </message>
    <message>
        <source>sync: the district server address must be an https:// URL (got &quot;%1&quot;)</source>
        <translation>同步：区级服务器地址必须是 https:// 网址（收到的是“%1”）</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>sync: %1 holds no PEM certificate</source>
        <translation>同步：%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>sync: %1 holds no usable private key (PEM, EC or RSA, unencrypted)</source>
        <translation>同步：%1 中没有可用的私钥（需未加密的 PEM 格式 EC 或 RSA 私钥）</translation>
    </message>
    <message>
        <source>the district server did not answer within %1 s</source>
        <translation>区级服务器在 %1 秒内未响应</translation>
    </message>
    <message>
        <source>HTTP %1 from the district server (%2)</source>
        <translation>区级服务器返回 HTTP %1（%2）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 行</translation>
    </message>
    <message>
        <source>sync done with held rows: %1 changes sent, %2 refused by the district server, %3 rows received, held: %4 (rows this console cannot store, see the Sync page: %5)</source>
        <translation>同步完成但有暂存行：已发送 %1 项变更，%2 项被区级服务器拒绝，已接收 %3 行，暂存 (held)：%4（本终端无法入库的行，见同步页面：%5）</translation>
    </message>
</context>
<context>
    <name>dd::ui::AboutDialog</name>
    <message>
        <source>application framework, widgets, SQL, printing, translations</source>
        <translation>应用框架、界面控件、SQL、打印、翻译</translation>
    </message>
    <message>
        <source>charts in reports</source>
        <translation>报表中的图表</translation>
    </message>
    <message>
        <source>graph algorithms and geometry</source>
        <translation>图算法与几何计算</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>the console&apos;s local database</source>
        <translation>调度台的本地数据库</translation>
    </message>
    <message>
        <source>Chinese text on screen and paper</source>
        <translation>屏幕和纸面上的中文显示</translation>
    </message>
    <message>
        <source>the district server&apos;s database (server side)</source>
        <translation>区局服务器的数据库（服务器端）</translation>
    </message>
    <message>
        <source>the district server&apos;s TLS front end (server side)</source>
        <translation>区局服务器的 TLS 前端（服务器端）</translation>
    </message>
    <message>
        <source>certificates and TLS for sync</source>
        <translation>同步所用的证书与 TLS</translation>
    </message>
    <message>
        <source>cryptographic helpers for sync</source>
        <translation>同步所用的密码学函数</translation>
    </message>
    <message>
        <source>the demo district&apos;s town, street and committee codes (National Bureau of Statistics 2023 division codes)</source>
        <translation>演示区的街镇及居（村）委会代码（国家统计局 2023 年统计用区划代码）</translation>
    </message>
    <message>
        <source>GB/T 47678.5-2026 incident classes 06–10</source>
        <translation>GB/T 47678.5-2026 事件类 06–10</translation>
    </message>
    <message>
        <source>transcription</source>
        <translation>转录</translation>
    </message>
    <message>
        <source>a third-party transcription found in public code, not checked against the standard; shipped as an editable default category table</source>
        <translation>取自公开代码的第三方转录，未与标准原文核对；作为可编辑的默认案件类别表提供</translation>
    </message>
    <message>
        <source>DutyDesk 勤务调度台 %1</source>
        <translation>勤务调度台 DutyDesk %1</translation>
    </message>
    <message>
        <source>Duty rosters, incident dispatch, grid map, reports and nightly sync for the urban-management law-enforcement squads (城管执法中队) of a district.</source>
        <translation>面向一个区的城管执法中队：排班、案件派遣、网格地图、报表和夜间同步。</translation>
    </message>
    <message>
        <source>DutyDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>勤务调度台是自由软件：您可以依据 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本（GPL-3.0-or-later）的条款再分发和/或修改它。本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>The demo district&apos;s geometry is generated and schematic (示意): it is not an official map.</source>
        <translation>演示区的几何图形为生成的示意图，不是官方地图。</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>组件及其许可证</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>About DutyDesk</source>
        <translation>关于勤务调度台</translation>
    </message>
    <message>
        <source>linear programming in the rostering engine</source>
        <translation>排班引擎中的线性规划</translation>
    </message>
</context>
<context>
    <name>dd::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>squad code, e.g. JD102 (squad roles only)</source>
        <translation>中队代码，例如 JD102（仅中队角色需要）</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>所选账号</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>解锁(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Grant role</source>
        <translation>授予角色(&amp;G)</translation>
    </message>
    <message>
        <source>Re&amp;voke role</source>
        <translation>撤销角色(&amp;V)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (to be changed at the next sign-in):</source>
        <translation>%1 的新密码（下次登录时须修改）：</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name shown:</source>
        <translation>显示姓名：</translation>
    </message>
    <message>
        <source>Initial password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Squad:</source>
        <translation>中队：</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Created %1; the password must be changed at the first sign-in.</source>
        <translation>已创建 %1；首次登录时须修改密码。</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <source>Role granted to %1.</source>
        <translation>已向 %1 授予角色。</translation>
    </message>
    <message>
        <source>Role revoked from %1.</source>
        <translation>已撤销 %1 的角色。</translation>
    </message>
</context>
<context>
    <name>dd::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>dd::ui::AuditView</name>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>record or detail contains…</source>
        <translation>记录或详情包含…</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password — %1</source>
        <translation>修改密码 — %1</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own before you continue.</source>
        <translation>您的密码由管理员设置。请先设置自己的密码再继续。</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>全部范围</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save chart as PDF</source>
        <translation>将图表另存为 PDF</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>dd::ui::ConsoleSession</name>
    <message>
        <source>%1 must change the password first (sign in without --credentials).</source>
        <translation>%1 必须先修改密码（请不带 --credentials 登录）。</translation>
    </message>
    <message>
        <source>%1 holds a district: sign in with --credentials FILE.</source>
        <translation>%1 中已有辖区数据：请使用 --credentials FILE 登录。</translation>
    </message>
</context>
<context>
    <name>dd::ui::CoverageModel</name>
    <message>
        <source>%1: %2 planned, %3 needed, %4 missing</source>
        <translation>%1：已排 %2 人，需要 %3 人，缺 %4 人</translation>
    </message>
    <message>
        <source>%1: %2 planned, %3 needed</source>
        <translation>%1：已排 %2 人，需要 %3 人</translation>
    </message>
</context>
<context>
    <name>dd::ui::DatabaseErrorView</name>
    <message>
        <source>The database could not be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Create demo database…</source>
        <translation>创建演示数据库…</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Nothing was created or changed. Open another database, or create the demo district (Jiading, schematic geometry) to look around.</source>
        <translation>没有创建或修改任何文件。请打开另一个数据库，或创建演示区（嘉定区，示意几何）先行浏览。</translation>
    </message>
</context>
<context>
    <name>dd::ui::DemandDialog</name>
    <message>
        <source>core</source>
        <translation>核心区</translation>
    </message>
    <message>
        <source>key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般区</translation>
    </message>
    <message>
        <source>Demand — %1</source>
        <translation>勤务需求——%1</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最少人数</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>期望人数</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Of them skilled</source>
        <translation>其中具备资质</translation>
    </message>
    <message>
        <source>Template for:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Save templates</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Which template a day takes comes from the working calendar: holidays, and weekend days worked instead (调休) count as weekdays.</source>
        <translation>每天采用哪个模板由工作日历决定：节假日按节假日模板，周末调休上班日按工作日模板。</translation>
    </message>
    <message>
        <source>Major events add demand on top of the templates for a date range, usually on graded event-support zones (core / key / general).</source>
        <translation>重大活动在一段日期内于模板之上增加勤务需求，通常针对分级保障区域（核心区 / 重点区 / 一般区）。</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>删除选中的活动</translation>
    </message>
    <message>
        <source>e.g. 进博会保障</source>
        <translation>例如：进博会保障</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Event overlays</source>
        <translation>重大活动</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 %2 (%3): wanted must be at least the minimum, and the skilled at most the wanted.</source>
        <translation>%1 %2（%3）：期望人数不得少于最少人数，具备资质的人数不得多于期望人数。</translation>
    </message>
    <message numerus="yes">
        <source>Templates saved: %n row(s).</source>
        <translation>
            <numerusform>模板已保存：%n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 – %3, %n row(s)</source>
        <translation>
            <numerusform>%1：%2 – %3，%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Event overlay: give the event a name.</source>
        <translation>重大活动：请填写活动名称。</translation>
    </message>
    <message>
        <source>Event overlay: the end date is before the start date.</source>
        <translation>重大活动：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Event overlay: no zone has a headcount.</source>
        <translation>重大活动：没有任何区域设置了人数。</translation>
    </message>
    <message>
        <source>Event &quot;%1&quot; added.</source>
        <translation>已添加活动“%1”。</translation>
    </message>
</context>
<context>
    <name>dd::ui::DemoDatabaseCreator</name>
    <message>
        <source>A demo database is already being created.</source>
        <translation>正在创建演示数据库，请稍候。</translation>
    </message>
    <message>
        <source>The demo generator stopped unexpectedly. %1</source>
        <translation>演示数据生成程序意外中止。%1</translation>
    </message>
    <message>
        <source>The demo generator failed (exit code %1).</source>
        <translation>演示数据生成失败（退出码 %1）。</translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::ui::DispatchPage</name>
    <message>
        <source>Squad:</source>
        <translation>中队：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>环节：</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Officer or team</source>
        <translation>队员或巡查组</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>路程</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>排序理由</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Who takes it</source>
        <translation>派给谁</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>今日指标</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Show on the &amp;map</source>
        <translation>在地图上显示(&amp;M)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>File again</source>
        <translation>重新立案</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Assign to the first (Enter)</source>
        <translation>派给第一位（回车）</translation>
    </message>
    <message>
        <source>Show reporter</source>
        <translation>显示诉求人</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; open · &lt;span style=&apos;color:#a50e0e&apos;&gt;&lt;b&gt;%2&lt;/b&gt; overdue&lt;/span&gt; · &lt;span style=&apos;color:#8a6100&apos;&gt;&lt;b&gt;%3&lt;/b&gt; due soon&lt;/span&gt; · &lt;b&gt;%4&lt;/b&gt; to dispatch</source>
        <translation>在办 &lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:#a50e0e&apos;&gt;超期 &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#8a6100&apos;&gt;临期 &lt;b&gt;%3&lt;/b&gt;&lt;/span&gt; · 待派遣 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an incident in the queue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请在队列中选择一个案件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>（无工单号）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source> · urgent</source>
        <translation> · 紧急</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <source>, first %1</source>
        <translation>，原时限 %1</translation>
    </message>
    <message>
        <source>Arrive by</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>中队</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>not located</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办</translation>
    </message>
    <message>
        <source>Team %1 (%2)</source>
        <translation>%1 组（%2）</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>诉求人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>%1 组</translation>
    </message>
    <message>
        <source>new deadline %1</source>
        <translation>新时限 %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Only filed, dispatched or on-scene incidents are (re)assigned.</source>
        <translation>只有已立案、已派遣或已到场的案件可以派遣或改派。</translation>
    </message>
    <message>
        <source>Your role does not dispatch this squad&apos;s incidents.</source>
        <translation>您的角色不负责派遣该中队的案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n on duty now, best first.</source>
        <translation>
            <numerusform>当前在岗 %n 个，最合适的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Figures of %1 (arrival limit: urgent 30 min, normal 2 h)</source>
        <translation>%1 的指标（到场时限：紧急 30 分钟，一般 2 小时）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Arrived in time</source>
        <translation>按时到场</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>到场率</translation>
    </message>
    <message>
        <source>Handled on time</source>
        <translation>按期处置</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation>请先选择一个案件。</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>New deadline:</source>
        <translation>新时限：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reason (kept in the incident&apos;s history):</source>
        <translation>原因（记入案件流转记录）：</translation>
    </message>
    <message>
        <source>Nobody to assign: select an incident with officers on duty.</source>
        <translation>无人可派：请选择有在岗队员的案件。</translation>
    </message>
    <message>
        <source>offered from the district&apos;s direct squad</source>
        <translation>由区局直属中队承办</translation>
    </message>
</context>
<context>
    <name>dd::ui::ImportDialog</name>
    <message>
        <source>Import hotline work orders</source>
        <translation>导入热线工单</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Save mapping &amp;as…</source>
        <translation>映射另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Mapping (per source):</source>
        <translation>映射（按来源）(&amp;M)：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Qt date formats separated by “;”, tried in order; ISO 8601 is always accepted.</source>
        <translation>用“;”分隔的 Qt 日期格式，按顺序尝试；ISO 8601 始终可用。</translation>
    </message>
    <message>
        <source>&amp;Date formats:</source>
        <translation>日期格式(&amp;D)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Save &amp;rejects…</source>
        <translation>保存拒收行(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Work orders (*.csv *.json);;All files (*)</source>
        <translation>工单 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Name (one per source):</source>
        <translation>名称（每个来源一个）：</translation>
    </message>
    <message>
        <source>Mapping “%1” saved in %2.</source>
        <translation>映射“%1”已保存到 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 rows read as %2; the first %3 are shown with their line numbers.</source>
        <translation>按 %2 读取了 %1 行；显示前 %3 行及其行号。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>imported: %1, updated: %2, unchanged: %3, rejected: %4 (%5 ms)</source>
        <translation>新增：%1，更新：%2，未变：%3，拒收：%4（%5 毫秒）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Save rejects</source>
        <translation>保存拒收行</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejects written to %1.</source>
        <translation>拒收行已写入 %1。</translation>
    </message>
</context>
<context>
    <name>dd::ui::IncidentBoardModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>挂账中</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>（无工单号）</translation>
    </message>
    <message>
        <source> · urgent</source>
        <translation> · 紧急</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>%1 组</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>中队</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>dd::ui::IntakeDialog</name>
    <message>
        <source>New incident</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>the hotline&apos;s work-order number</source>
        <translation>热线工单编号</translation>
    </message>
    <message>
        <source>&amp;Ticket number:</source>
        <translation>工单编号(&amp;T)：</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>d</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1 %2, counted in %3</source>
        <translation>%1 %2，按%3计</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>问题分类(&amp;C)：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>诉求内容(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. 嘉定区南翔镇…路…号: the town or community is matched</source>
        <translation>如 嘉定区南翔镇…路…号：按街镇或村居名称定位</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Coordinates (GCJ-02), or click on the map:</source>
        <translation>坐标（GCJ-02），或在地图上点击：</translation>
    </message>
    <message>
        <source>&amp;Locate</source>
        <translation>定位(&amp;L)</translation>
    </message>
    <message>
        <source>not located yet</source>
        <translation>尚未定位</translation>
    </message>
    <message>
        <source>Cell / squad:</source>
        <translation>网格 / 中队：</translation>
    </message>
    <message>
        <source>&amp;Urgent (arrival within 30 minutes instead of 2 hours)</source>
        <translation>紧急(&amp;U)（30 分钟内到场，而非 2 小时）</translation>
    </message>
    <message>
        <source>Reporter&apos;s &amp;name:</source>
        <translation>诉求人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Reporter&apos;s &amp;phone:</source>
        <translation>诉求人电话(&amp;P)：</translation>
    </message>
    <message>
        <source>at the coordinates</source>
        <translation>按坐标</translation>
    </message>
    <message>
        <source>middle of community %1</source>
        <translation>%1 村居中心</translation>
    </message>
    <message>
        <source>middle of town %1 (no community recognised)</source>
        <translation>%1 街镇中心（未识别到村居）</translation>
    </message>
    <message>
        <source>cell %1, %2</source>
        <translation>网格 %1，%2</translation>
    </message>
    <message>
        <source>not in the district&apos;s grid: give coordinates inside it, or an address naming a town or community</source>
        <translation>不在本区网格内：请给出区内坐标，或含街镇或村居名称的地址</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 m away</source>
        <translation>%1 · %2 · %3 · 相距 %4 米</translation>
    </message>
    <message>
        <source>(no ticket)</source>
        <translation>（无工单号）</translation>
    </message>
    <message>
        <source>Possible duplicates (same category, nearby, open in the last 7 days) are listed above. Save again to file a new incident anyway.</source>
        <translation>上方列出了可能重复的案件（同类、附近、近 7 天内未结）。再次保存仍将新建案件。</translation>
    </message>
</context>
<context>
    <name>dd::ui::LeaveDialog</name>
    <message>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Wants shift</source>
        <translation>希望上该班</translation>
    </message>
    <message>
        <source>Avoids shift</source>
        <translation>希望不上该班</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Leave and requests — %1, %2</source>
        <translation>休假与排班申请——%1，%2</translation>
    </message>
    <message>
        <source>approved (planned around)</source>
        <translation>已批准（排班时避开）</translation>
    </message>
    <message>
        <source>requested (shown only)</source>
        <translation>已申请（仅显示）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Remove the selected leave</source>
        <translation>删除选中的休假</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>队员：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Add leave</source>
        <translation>添加休假</translation>
    </message>
    <message>
        <source>Remove the selected request</source>
        <translation>删除选中的申请</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>添加申请</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Shift requests</source>
        <translation>排班申请</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <source>Leave added for %1.</source>
        <translation>已为 %1 添加休假。</translation>
    </message>
    <message>
        <source>Leave added for %1. It overlaps the published roster %2, now marked as needing re-planning.</source>
        <translation>已为 %1 添加休假。该休假与已发布的勤务表 %2 重叠，已标记为需要重新排班。</translation>
    </message>
    <message>
        <source>Request added for %1.</source>
        <translation>已为 %1 添加申请。</translation>
    </message>
    <message>
        <source>Leave: the last day is before the first.</source>
        <translation>休假：结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>dd::ui::LockDialog</name>
    <message>
        <source>DutyDesk — locked</source>
        <translation>勤务调度台 — 已锁定</translation>
    </message>
    <message>
        <source>The console is locked. %1 (%2) can unlock it with the password.</source>
        <translation>调度台已锁定。%1（%2）可输入密码解锁。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit DutyDesk</source>
        <translation>退出勤务调度台(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Create &amp;demo database…</source>
        <translation>创建演示数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Plan roster…</source>
        <translation>编排排班表…</translation>
    </message>
    <message>
        <source>Rostering comes with the roster release.</source>
        <translation>排班功能将在排班版本中提供。</translation>
    </message>
    <message>
        <source>Import hotline work orders…</source>
        <translation>导入热线工单…</translation>
    </message>
    <message>
        <source>Hotline import comes with the dispatch release.</source>
        <translation>热线工单导入将在派遣版本中提供。</translation>
    </message>
    <message>
        <source>Print duty sheet…</source>
        <translation>打印勤务表…</translation>
    </message>
    <message>
        <source>Printing comes with the reports release.</source>
        <translation>打印功能将在报表版本中提供。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DutyDesk</source>
        <translation>关于勤务调度台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>DutyDesk 勤务调度台 — %1 — %2</source>
        <translation>勤务调度台 DutyDesk — %1 — %2</translation>
    </message>
    <message>
        <source>DutyDesk 勤务调度台 — %1 (not opened)</source>
        <translation>勤务调度台 DutyDesk — %1（未打开）</translation>
    </message>
    <message>
        <source>DutyDesk 勤务调度台</source>
        <translation>勤务调度台 DutyDesk</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>结构版本 %1</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <source>Geometry: 示意 / schematic</source>
        <translation>几何：示意</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>勤务调度台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Create demo database</source>
        <translation>创建演示数据库</translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite *.db)</source>
        <translation>勤务调度台数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 is the database open now; choose another file.</source>
        <translation>%1 是当前打开的数据库；请选择其他文件。</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Creating the demo district (Jiading)…</source>
        <translation>正在创建演示区（嘉定区）…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The demo database %1 could not be created.

%2</source>
        <translation>无法创建演示数据库 %1。

%2</translation>
    </message>
    <message>
        <source>No database is open yet.</source>
        <translation>尚未打开数据库。</translation>
    </message>
    <message>
        <source>DutyDesk signs in to each database separately, so %1 opens at the next start, after its sign-in.

Quit DutyDesk now?</source>
        <translation>勤务调度台对每个数据库分别登录，因此 %1 将在下次启动并登录后打开。

现在退出勤务调度台吗？</translation>
    </message>
</context>
<context>
    <name>dd::ui::MapPage</name>
    <message>
        <source>Cell code, community or town, incident number…</source>
        <translation>网格编码、社区或镇街、案件编号……</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>全图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <source>District outline</source>
        <translation>区界</translation>
    </message>
    <message>
        <source>Towns and communities</source>
        <translation>镇街和社区</translation>
    </message>
    <message>
        <source>Unit grid cells</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Patrol sectors</source>
        <translation>巡查责任区</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Teams on duty</source>
        <translation>在岗巡查组</translation>
    </message>
    <message>
        <source>Towns</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Coverage (处处不留死角)</source>
        <translation>覆盖（处处不留死角）</translation>
    </message>
    <message>
        <source>Incident density</source>
        <translation>案件密度</translation>
    </message>
    <message>
        <source>&amp;Export uncovered cells…</source>
        <translation>导出未覆盖网格(&amp;E)……</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Reported from</source>
        <translation>上报时间从</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <source>Click a cell to see its squad, posts, the team on duty and open incidents.</source>
        <translation>点击网格，查看其责任中队、岗位、在岗巡查组和在办案件。</translation>
    </message>
    <message>
        <source>Cells without planned patrol</source>
        <translation>没有计划巡查的网格</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n officers)</source>
        <translation>
            <numerusform>%1（%n 名队员）</numerusform>
        </translation>
    </message>
    <message>
        <source> · read in %1 ms</source>
        <translation> · 读取用时 %1 毫秒</translation>
    </message>
    <message>
        <source>Layer %1 (%2%3): %4 cells, %5 patrol sectors and zones, %6 open incidents</source>
        <translation>图层 %1（%2%3）：%4 个网格，%5 个巡查责任区和区域，%6 件在办案件</translation>
    </message>
    <message>
        <source>, schematic 示意</source>
        <translation>，示意</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) without planned patrol</source>
        <translation>
            <numerusform>%n 个网格没有计划巡查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) reported in the period</source>
        <translation>
            <numerusform>期间上报案件 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export uncovered cells</source>
        <translation>导出未覆盖网格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Town %1</source>
        <translation>镇街 %1</translation>
    </message>
    <message>
        <source>Community %1 (%2)</source>
        <translation>社区 %1（%2）</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Responsible squad</source>
        <translation>责任中队</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城区</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>suburban</source>
        <translation>城郊</translation>
    </message>
    <message>
        <source>Planned patrol</source>
        <translation>计划巡查</translation>
    </message>
    <message numerus="yes">
        <source>%1 officer-hours, %n officer(s)</source>
        <translation>
            <numerusform>%1 人·小时，%n 名队员</numerusform>
        </translation>
    </message>
    <message>
        <source>none in the window</source>
        <translation>时间窗口内没有</translation>
    </message>
    <message>
        <source>Posts covering it</source>
        <translation>覆盖它的岗位</translation>
    </message>
    <message>
        <source>No patrol sector or zone covers this cell.</source>
        <translation>没有巡查责任区或区域覆盖这个网格。</translation>
    </message>
    <message>
        <source>On duty here now</source>
        <translation>此处当前在岗</translation>
    </message>
    <message>
        <source>You may not view this squad&apos;s roster.</source>
        <translation>你无权查看该中队的勤务表。</translation>
    </message>
    <message>
        <source>Nobody from a published roster.</source>
        <translation>已发布的勤务表中此时无人。</translation>
    </message>
    <message>
        <source>%1 — %2 %3, until %4</source>
        <translation>%1 — %2 %3，至 %4</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Incident %1: %2 (%3)</source>
        <translation>案件 %1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>dd::ui::MapView</name>
    <message>
        <source>no patrol planned</source>
        <translation>未计划巡查</translation>
    </message>
    <message>
        <source>under 1 officer on average</source>
        <translation>平均不足 1 人</translation>
    </message>
    <message>
        <source>1–2 officers</source>
        <translation>1–2 人</translation>
    </message>
    <message>
        <source>2–4 officers</source>
        <translation>2–4 人</translation>
    </message>
    <message>
        <source>4 or more officers</source>
        <translation>4 人及以上</translation>
    </message>
    <message>
        <source>no incident</source>
        <translation>无案件</translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>2–3 incidents</source>
        <translation>2–3 件</translation>
    </message>
    <message>
        <source>4–7 incidents</source>
        <translation>4–7 件</translation>
    </message>
    <message>
        <source>8 or more incidents</source>
        <translation>8 件及以上</translation>
    </message>
    <message>
        <source>patrol sector (colour per sector)</source>
        <translation>巡查责任区（每区一色）</translation>
    </message>
    <message>
        <source>urgent incident</source>
        <translation>紧急案件</translation>
    </message>
    <message>
        <source>incident waiting for dispatch</source>
        <translation>待派遣案件</translation>
    </message>
    <message>
        <source>incident being handled</source>
        <translation>处置中案件</translation>
    </message>
    <message>
        <source>incident closed</source>
        <translation>已结案件</translation>
    </message>
    <message>
        <source>team on duty</source>
        <translation>在岗巡查组</translation>
    </message>
    <message>
        <source>No grid layer to show.</source>
        <translation>没有可显示的网格图层。</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>示意 schematic geometry — not official boundaries</source>
        <translation>示意几何——非官方边界</translation>
    </message>
</context>
<context>
    <name>dd::ui::OverviewPage</name>
    <message>
        <source>Squads</source>
        <translation>中队</translation>
    </message>
    <message>
        <source>Towns and streets</source>
        <translation>街镇</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Administrative code %1</source>
        <translation>行政区划代码 %1</translation>
    </message>
    <message>
        <source>Geometry: 示意 / schematic — the town areas and grid cells are generated for demonstration, not official boundaries.</source>
        <translation>几何：示意——街镇范围和网格为演示而生成，并非官方边界。</translation>
    </message>
    <message>
        <source>%1 towns and streets · %2 communities · %3 squads · %4 officers · %5 grid cells</source>
        <translation>%1 个街镇 · %2 个居（村）委会 · %3 个中队 · %4 名执法队员 · %5 个网格</translation>
    </message>
</context>
<context>
    <name>dd::ui::PlaceholderPage</name>
    <message>
        <source>Coming in a later release. This version shows the figures already available from the database.</source>
        <translation>将在后续版本中提供。本版本先显示数据库中已有的数据。</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>现有数据</translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Squad:</source>
        <translation>中队：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Quarterly evaluation (PDF)…</source>
        <translation>季度效能评价 (PDF)…</translation>
    </message>
    <message>
        <source>Daily summary (PDF)…</source>
        <translation>每日汇总 (PDF)…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应结</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <source>On-time closing</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <source>Handling rate</source>
        <translation>处置率</translation>
    </message>
    <message>
        <source>On-time handling</source>
        <translation>按期处置率</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation>返工率</translation>
    </message>
    <message>
        <source>Extension rate</source>
        <translation>延期率</translation>
    </message>
    <message>
        <source>Overdue open rate</source>
        <translation>超期待处置率</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>到场率</translation>
    </message>
    <message>
        <source>Time to arrival (median)</source>
        <translation>到场用时（中位数）</translation>
    </message>
    <message>
        <source>Time to close (median)</source>
        <translation>结案用时（中位数）</translation>
    </message>
    <message>
        <source>Per day by source</source>
        <translation>按来源每日</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>On time vs late</source>
        <translation>按期与超期</translation>
    </message>
    <message>
        <source>Time to arrival</source>
        <translation>到场用时</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>结案用时</translation>
    </message>
    <message>
        <source>Workload per officer</source>
        <translation>队员工作量</translation>
    </message>
    <message>
        <source>By squad</source>
        <translation>按中队</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>%1 may not view reports.</source>
        <translation>%1 无权查看报表。</translation>
    </message>
    <message>
        <source>Computing the indicators for %1 – %2…</source>
        <translation>正在计算 %1 – %2 的指标…</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>My squads</source>
        <translation>本中队</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>中队</translation>
    </message>
    <message>
        <source>Overdue open</source>
        <translation>超期待处置</translation>
    </message>
    <message>
        <source>%1: %2 incidents considered, state at %3.</source>
        <translation>%1：统计 %2 件案件，状态截至 %3。</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>evaluation-%1.pdf</source>
        <translation>效能评价-%1.pdf</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>daily-%1.pdf</source>
        <translation>每日汇总-%1.pdf</translation>
    </message>
    <message>
        <source>Hours per officer</source>
        <translation>队员工时</translation>
    </message>
    <message>
        <source>Coverage over the day</source>
        <translation>全天覆盖</translation>
    </message>
    <message>
        <source>No published roster covers this period: no hours, fairness or coverage figures.</source>
        <translation>本期间没有已发布的勤务表：无工时、公平性和覆盖率数据。</translation>
    </message>
    <message>
        <source>Published rosters: %1 shifts of %2 officers; %3 h on average, spread %4 h between the most and the least loaded; nights spread %5, weekends spread %6, holidays spread %7; %8 h above contracts; %9 of %10 grid cells covered on average over the day.</source>
        <translation>已发布勤务表：%2 名执法队员共 %1 个班次；人均 %3 小时，工时最多与最少者相差 %4 小时；夜班数相差 %5，周末班数相差 %6，节假日班数相差 %7；超出合同 %8 小时；全天平均覆盖 %10 个网格中的 %9。</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterDocument</name>
    <message>
        <source>Clear %1, %2</source>
        <translation>清除 %1 %2 的班次</translation>
    </message>
    <message>
        <source>Set %1 for %2, %3</source>
        <translation>为 %2 %3 排 %1</translation>
    </message>
    <message>
        <source>Lock cell</source>
        <translation>锁定单元格</translation>
    </message>
    <message>
        <source>Unlock cell</source>
        <translation>解锁单元格</translation>
    </message>
    <message>
        <source>Move shift to another day</source>
        <translation>将班次移到另一天</translation>
    </message>
    <message>
        <source>Swap shifts of two officers</source>
        <translation>交换两名队员的班次</translation>
    </message>
    <message>
        <source>shift may not follow the previous day&apos;s shift</source>
        <translation>该班次不能紧接前一天的班次</translation>
    </message>
    <message>
        <source>too little rest between two shifts</source>
        <translation>两个班次之间休息不足</translation>
    </message>
    <message>
        <source>too many shifts of this type</source>
        <translation>该类班次过多</translation>
    </message>
    <message>
        <source>too many hours in the period</source>
        <translation>本期工时过多</translation>
    </message>
    <message>
        <source>too few hours in the period</source>
        <translation>本期工时不足</translation>
    </message>
    <message>
        <source>too many hours in the week</source>
        <translation>本周工时过多</translation>
    </message>
    <message>
        <source>too many consecutive shifts</source>
        <translation>连续上班天数过多</translation>
    </message>
    <message>
        <source>too few consecutive shifts</source>
        <translation>连续上班天数过少</translation>
    </message>
    <message>
        <source>too few consecutive days off</source>
        <translation>连续休息天数过少</translation>
    </message>
    <message>
        <source>too many weekends worked</source>
        <translation>周末上班次数过多</translation>
    </message>
    <message>
        <source>works on a day of leave or a fixed day off</source>
        <translation>在休假日或固定休息日上班</translation>
    </message>
    <message>
        <source>lacks a skill the shift requires</source>
        <translation>缺少该班次所需的资质</translation>
    </message>
    <message>
        <source>differs from a locked cell</source>
        <translation>与锁定的单元格不一致</translation>
    </message>
    <message>
        <source>more officers than the post&apos;s maximum</source>
        <translation>人数超过岗位上限</translation>
    </message>
    <message>
        <source>fewer officers than the minimum</source>
        <translation>人数低于最低要求</translation>
    </message>
    <message>
        <source>fewer officers than wanted</source>
        <translation>人数低于期望</translation>
    </message>
    <message>
        <source>more officers than wanted</source>
        <translation>人数多于期望</translation>
    </message>
    <message>
        <source>shift request not granted</source>
        <translation>未满足排班申请</translation>
    </message>
    <message>
        <source>day-off request not granted</source>
        <translation>未满足休息申请</translation>
    </message>
    <message>
        <source>nights unevenly shared</source>
        <translation>夜班分配不均</translation>
    </message>
    <message>
        <source>weekends unevenly shared</source>
        <translation>周末班分配不均</translation>
    </message>
    <message>
        <source>holidays unevenly shared</source>
        <translation>节假日班分配不均</translation>
    </message>
    <message>
        <source>changed against the published version</source>
        <translation>与已发布版本不同</translation>
    </message>
    <message>
        <source>patrol team without two certified officers</source>
        <translation>巡查组持证队员不足两名</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年休假</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Seconded</source>
        <translation>借调</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>调休</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>休假</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterEditor</name>
    <message>
        <source>— (day off)</source>
        <translation>—（休息）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>Plan the period with the scheduler; locked cells stay as they are</source>
        <translation>用排班求解器编排本期勤务；锁定的单元格保持不变</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>重新排班</translation>
    </message>
    <message>
        <source>Re-plan after a change: locked and already worked days stay, and as few cells of the published version as possible change</source>
        <translation>变动后重新排班：锁定的和已执勤的日子保持不变，并尽量少改动已发布版本</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep best so far</source>
        <translation>保留当前最优</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Lock / unlock</source>
        <translation>锁定 / 解锁</translation>
    </message>
    <message>
        <source>Locked cells are kept by planning and re-planning</source>
        <translation>排班和重新排班都会保留锁定的单元格</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Exchange the two selected cells (two officers&apos; days, or one officer&apos;s two days)</source>
        <translation>交换选中的两个单元格（两名队员的某天，或一名队员的两天）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken rules&lt;/b&gt; (click one to select its cell)</source>
        <translation>&lt;b&gt;违反的规则&lt;/b&gt;（点击一条可选中对应单元格）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The demand cannot be met whoever is planned&lt;/b&gt; — the plan will mark the shortfall:</source>
        <translation>&lt;b&gt;无论怎样排班都无法满足需求&lt;/b&gt;——排班结果将标出缺员：</translation>
    </message>
    <message>
        <source>Planning… %1 s</source>
        <translation>正在排班…… %1 秒</translation>
    </message>
    <message>
        <source> · best objective %1 · hard violations %2</source>
        <translation> · 当前最优目标值 %1 · 硬约束违反 %2</translation>
    </message>
    <message>
        <source>Planned in %1 s: objective %2, hard violations %3%4</source>
        <translation>排班用时 %1 秒：目标值 %2，硬约束违反 %3%4</translation>
    </message>
    <message>
        <source> (stopped, best so far kept)</source>
        <translation>（已停止，保留当前最优）</translation>
    </message>
    <message>
        <source>Planning cancelled; the roster is unchanged.</source>
        <translation>已取消排班，勤务表未改变。</translation>
    </message>
    <message numerus="yes">
        <source>%n hard violation(s)</source>
        <translation>
            <numerusform>%n 处硬约束违反</numerusform>
        </translation>
    </message>
    <message>
        <source>no hard violation</source>
        <translation>无硬约束违反</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s) short</source>
        <translation>
            <numerusform>缺员 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>every post covered</source>
        <translation>各岗位均已满员</translation>
    </message>
    <message>
        <source>%1 · %2 · objective %3</source>
        <translation>%1 · %2 · 目标值 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes&lt;/b&gt;: no published version to compare with</source>
        <translation>&lt;b&gt;变动&lt;/b&gt;：没有可比较的已发布版本</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Changes against the published version&lt;/b&gt;: %n cell(s)</source>
        <translation>
            <numerusform>&lt;b&gt;相对已发布版本的变动&lt;/b&gt;：%n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1，%2：%3 → %4</translation>
    </message>
    <message>
        <source>Unlock cells</source>
        <translation>解锁单元格</translation>
    </message>
    <message>
        <source>Lock cells</source>
        <translation>锁定单元格</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清除单元格</translation>
    </message>
    <message>
        <source>Set shift</source>
        <translation>设置班次</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterPage</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>Squad:</source>
        <translation>中队：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布……</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>比较版本……</translation>
    </message>
    <message>
        <source>Demand…</source>
        <translation>勤务需求……</translation>
    </message>
    <message>
        <source>Headcount per post and shift: weekday, weekend and holiday templates, major events</source>
        <translation>各岗位各班次的人数：工作日、周末和节假日模板，重大活动</translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation>休假……</translation>
    </message>
    <message>
        <source>Leave, days off and officers&apos; shift requests of the period</source>
        <translation>本期的休假、休息日和队员排班申请</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1……</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview of the weekly roster, a daily duty sheet, an officer&apos;s schedule or the change notice; or export them as PDF</source>
        <translation>打印预览周勤务表、每日勤务表、队员个人排班或变更通知；或导出为 PDF</translation>
    </message>
    <message>
        <source>You may not see any squad&apos;s roster.</source>
        <translation>您无权查看任何中队的勤务表。</translation>
    </message>
    <message>
        <source>%1 version %2 needs re-planning: %3, %4 – %5 (%6)</source>
        <translation>%1 第 %2 版需要重新排班：%3，%4 – %5（%6）</translation>
    </message>
    <message>
        <source>v%1 published %2 by %3</source>
        <translation>第 %1 版，%2 由 %3 发布</translation>
    </message>
    <message>
        <source>v%1 draft</source>
        <translation>第 %1 版草稿</translation>
    </message>
    <message>
        <source>nothing stored yet</source>
        <translation>尚无保存的版本</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The roster has changes that are not saved. Show another version and drop them?</source>
        <translation>勤务表有未保存的修改。要显示其他版本并放弃这些修改吗？</translation>
    </message>
    <message>
        <source> · changes not saved</source>
        <translation> · 修改尚未保存</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>no version stored yet</source>
        <translation>尚未保存任何版本</translation>
    </message>
    <message>
        <source>version %1, published %2 by %3</source>
        <translation>第 %1 版，%2 由 %3 发布</translation>
    </message>
    <message>
        <source>version %1, draft</source>
        <translation>第 %1 版，草稿</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation>
            <numerusform>%n 名队员</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved as version %1.</source>
        <translation>草稿已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Publish with broken rules?</source>
        <translation>违反规则仍要发布吗？</translation>
    </message>
    <message numerus="yes">
        <source>This roster breaks %n hard rule(s) (see the list of broken rules). Publish it anyway? The override is recorded in the audit log with your name.</source>
        <translation>
            <numerusform>该勤务表违反 %n 条硬约束（见违反规则列表）。仍要发布吗？此次强制发布将以您的名义记入审计日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published version %1 with %n hard violation(s) (recorded).</source>
        <translation>
            <numerusform>已发布第 %1 版，含 %n 处硬约束违反（已记录）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation>已发布第 %1 版。</translation>
    </message>
    <message>
        <source>Compare roster versions</source>
        <translation>比较勤务表版本</translation>
    </message>
    <message>
        <source>v%1 (published)</source>
        <translation>第 %1 版（已发布）</translation>
    </message>
    <message>
        <source>v%1 (draft)</source>
        <translation>第 %1 版（草稿）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1，%2：%3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 处变动</numerusform>
        </translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Roster page: no roster loaded to print</source>
        <translation>排班页面：没有可打印的勤务表</translation>
    </message>
    <message>
        <source>Change notice: version %1 has no earlier published version to compare with</source>
        <translation>变更通知：第 %1 版之前没有可比较的已发布版本</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Keep edits</source>
        <translation>保留修改</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterPrinting</name>
    <message>
        <source>Weekly squad roster</source>
        <translation>中队周勤务表</translation>
    </message>
    <message>
        <source>Daily duty sheet</source>
        <translation>每日勤务表</translation>
    </message>
    <message>
        <source>Officer&apos;s schedule</source>
        <translation>队员个人排班表</translation>
    </message>
    <message>
        <source>Change notice</source>
        <translation>变更通知</translation>
    </message>
    <message>
        <source>Printing: unknown kind of document</source>
        <translation>打印：未知的文档类型</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览——%1</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF: %2</source>
        <translation>%1：无法写入 PDF：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterTableModel</name>
    <message>
        <source>Off</source>
        <translation>休</translation>
    </message>
    <message>
        <source>%1 %2, %3–%4</source>
        <translation>%1 %2，%3–%4</translation>
    </message>
    <message>
        <source>Post: %1 (%2)</source>
        <translation>岗位：%1（%2）</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Locked: kept by re-planning</source>
        <translation>已锁定：重新排班时保留</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>违反：%1</translation>
    </message>
    <message>
        <source>Soft: %1</source>
        <translation>软约束：%1</translation>
    </message>
    <message>
        <source>%1 (%2), certified</source>
        <translation>%1（%2），持执法证</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> (holiday)</source>
        <translation>（节假日）</translation>
    </message>
</context>
<context>
    <name>dd::ui::SessionMenu</name>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock the console</source>
        <translation>锁定调度台(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号管理(&amp;A)…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
</context>
<context>
    <name>dd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Applies after DutyDesk is restarted.</source>
        <translation>重新启动勤务调度台后生效。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>https://sync.example.gov.cn (empty: sync not configured)</source>
        <translation>https://sync.example.gov.cn（留空：不配置同步）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>District server address:</source>
        <translation>区局服务器地址：</translation>
    </message>
    <message>
        <source>Nightly sync time:</source>
        <translation>夜间同步时间：</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>这不是有效的地址。</translation>
    </message>
    <message>
        <source>The address must start with https:// (the district server only accepts TLS).</source>
        <translation>地址必须以 https:// 开头（区局服务器只接受 TLS 连接）。</translation>
    </message>
    <message>
        <source>The address names no server.</source>
        <translation>地址中没有服务器名。</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; consoles sign in with their certificate.</source>
        <translation>请勿在地址中填写用户名或密码；调度台使用证书登录。</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>勤务调度台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>dd::ui::SignInDialog</name>
    <message>
        <source>DutyDesk — sign in</source>
        <translation>勤务调度台 — 登录</translation>
    </message>
    <message>
        <source>&lt;b&gt;DutyDesk&lt;/b&gt; duty and dispatch console</source>
        <translation>&lt;b&gt;勤务调度台&lt;/b&gt; DutyDesk</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>The password must be changed before you can work.</source>
        <translation>必须先修改密码才能开始工作。</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Create one on the command line:
dutydesk user add --role district_admin NAME --db %1</source>
        <translation>此数据库还没有管理员。请在命令行中创建：
dutydesk user add --role district_admin NAME --db %1</translation>
    </message>
</context>
<context>
    <name>dd::ui::SquadTableModel</name>
    <message>
        <source>District bureau</source>
        <translation>区局直属</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>中队</translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation>街镇</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>执法队员</translation>
    </message>
</context>
<context>
    <name>dd::ui::SyncPage</name>
    <message>
        <source>This console&apos;s id:</source>
        <translation>本终端标识：</translation>
    </message>
    <message>
        <source>District server:</source>
        <translation>区局服务器：</translation>
    </message>
    <message>
        <source>Nightly sync time:</source>
        <translation>夜间同步时间：</translation>
    </message>
    <message>
        <source>sync: not configured</source>
        <translation>同步：未配置</translation>
    </message>
    <message>
        <source>Nightly sync with the district server</source>
        <translation>与区级服务器夜间同步</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>上次成功同步：</translation>
    </message>
    <message>
        <source>Changes waiting to go up:</source>
        <translation>待上传的变更：</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>未处理的冲突：</translation>
    </message>
    <message>
        <source>Last result:</source>
        <translation>上次结果：</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <source>Values of this console that lost to a later edit elsewhere. The later edit is in effect; re-applying writes the lost value again as a new change, which goes up at the next sync.</source>
        <translation>本终端被其他终端较晚的修改覆盖的值。当前生效的是较晚的修改；“作为新修改重新应用”会把被覆盖的值重新写入，作为一条新变更在下次同步时上传。</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Lost value (ours)</source>
        <translation>被覆盖的值（本终端）</translation>
    </message>
    <message>
        <source>Value in effect</source>
        <translation>当前生效的值</translation>
    </message>
    <message>
        <source>Re-apply as a new change</source>
        <translation>作为新修改重新应用</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Console certificate (PEM):</source>
        <translation>终端证书（PEM）：</translation>
    </message>
    <message>
        <source>Certificate key (PEM):</source>
        <translation>证书私钥（PEM）：</translation>
    </message>
    <message>
        <source>District CA certificate (PEM):</source>
        <translation>区级 CA 证书（PEM）：</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>保存连接设置</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>sync: %1 nightly at %2</source>
        <translation>同步：%1，每晚 %2</translation>
    </message>
    <message>
        <source>not configured (Connection tab)</source>
        <translation>未配置（见“连接”页）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (and %2 refused by the server, see the log)</source>
        <translation>%1（另有 %2 条被服务器拒绝，见日志）</translation>
    </message>
    <message>
        <source>sync: %1 nightly at %2 · last %3 · %4 pending</source>
        <translation>同步：%1，每晚 %2 · 上次 %3 · 待上传 %4 条</translation>
    </message>
    <message>
        <source> · %1 conflicts</source>
        <translation> · 冲突 %1 条</translation>
    </message>
    <message>
        <source>sync: status unavailable</source>
        <translation>同步：状态不可用</translation>
    </message>
    <message>
        <source>Your role may not synchronise this console.</source>
        <translation>您的角色无权同步本终端。</translation>
    </message>
    <message>
        <source>sync: running…</source>
        <translation>同步：进行中……</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The lost value was written again; it goes up at the next sync.</source>
        <translation>被覆盖的值已重新写入，将在下次同步时上传。</translation>
    </message>
    <message>
        <source>No district server configured (Connection tab).</source>
        <translation>尚未配置区级服务器（见“连接”页）。</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接……</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>sending %1 of %2 changes</source>
        <translation>正在上传第 %1 / %2 条变更</translation>
    </message>
    <message>
        <source>received %1 rows</source>
        <translation>已接收 %1 条记录</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>请查看日志</translation>
    </message>
    <message>
        <source>Rows held (cannot be stored here):</source>
        <translation>暂存行（本机无法入库）：</translation>
    </message>
    <message>
        <source>Rows from the district server that this console&apos;s store refused (for example a value a newer DutyDesk knows and this one does not). They are missing here; every sync tries them again, and a newer version from the district replaces them. Updating DutyDesk or correcting the row at the district resolves them.</source>
        <translation>来自区级服务器、但被本终端数据库拒绝的行（例如较新版本 DutyDesk 认识而本版本不认识的取值）。这些数据在本机缺失；每次同步都会重试，区级发来的新版本会替换它们。升级 DutyDesk 或在区级更正该行即可解决。</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Held rows</source>
        <translation>暂存行</translation>
    </message>
    <message>
        <source>%1 (see Held rows)</source>
        <translation>%1（见“暂存行”）</translation>
    </message>
    <message>
        <source> · %1 rows held</source>
        <translation> · 暂存 %1 行</translation>
    </message>
    <message>
        <source>%1
Last tried: %2
As received: %3</source>
        <translation>%1
上次尝试：%2
收到的内容：%3</translation>
    </message>
    <message>
        <source>Held rows (%1)</source>
        <translation>暂存行（%1）</translation>
    </message>
</context>
<context>
    <name>dd::ui::TownTableModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation>街镇</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>居（村）委会</translation>
    </message>
    <message>
        <source>Grid cells</source>
        <translation>网格数</translation>
    </message>
</context>
<context>
    <name>dd::ui::ViolationModel</name>
    <message>
        <source>Hard</source>
        <translation>硬约束</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>软约束</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Officer / post</source>
        <translation>队员 / 岗位</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Amount (cost)</source>
        <translation>数量（代价）</translation>
    </message>
</context>
<context>
    <name>dd::ui::print::PageLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>dd::ui::print::ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>dd::ui::print::Reports</name>
    <message>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Due to close (denominator)</source>
        <translation>应结案数（分母）</translation>
    </message>
    <message>
        <source>Closing rate (closed / due)</source>
        <translation>结案率（结案数 / 应结案数）</translation>
    </message>
    <message>
        <source>On-time closing rate</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <source>Handling rate (handled / due)</source>
        <translation>处置率（处置数 / 应处置数）</translation>
    </message>
    <message>
        <source>On-time handling rate</source>
        <translation>按期处置率</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation>返工率</translation>
    </message>
    <message>
        <source>Extension rate</source>
        <translation>延期率</translation>
    </message>
    <message>
        <source>Overdue open rate</source>
        <translation>超期待处置率</translation>
    </message>
    <message>
        <source>Arrival rate (arrived in time / required)</source>
        <translation>到场率（按时到场数 / 应到场数）</translation>
    </message>
    <message>
        <source>Time to arrival, mean</source>
        <translation>到场用时，平均</translation>
    </message>
    <message>
        <source>Time to arrival, 90th percentile</source>
        <translation>到场用时，90% 分位</translation>
    </message>
    <message>
        <source>Time to handling, mean</source>
        <translation>处置用时，平均</translation>
    </message>
    <message>
        <source>Time to handling, median</source>
        <translation>处置用时，中位数</translation>
    </message>
    <message>
        <source>Time to closing, mean</source>
        <translation>结案用时，平均</translation>
    </message>
    <message>
        <source>Time to closing, 90th percentile</source>
        <translation>结案用时，90% 分位</translation>
    </message>
    <message>
        <source>Suspended at the cut-off (outside the denominator)</source>
        <translation>截止时挂账（不计入分母）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Returned (not ours)</source>
        <translation>退回（非本单位）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应结</translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <source>On-time closing</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <source>On-time handling</source>
        <translation>按期处置率</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>到场率</translation>
    </message>
    <message>
        <source>Overdue open</source>
        <translation>超期待处置</translation>
    </message>
    <message>
        <source>No incident was open past its deadline at the cut-off.</source>
        <translation>截止时没有超期未处置的案件。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Squad</source>
        <translation>中队</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>report quarterly: &quot;%1&quot; is not a quarter (write it as 2026Q3).</source>
        <translation>report quarterly：“%1”不是季度（请写成 2026Q3）。</translation>
    </message>
    <message>
        <source>Quarterly complaint-handling efficiency evaluation</source>
        <translation>诉件处置效能评价（季度）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 to %4)</source>
        <translation>%1 · %2（%3 至 %4）</translation>
    </message>
    <message>
        <source>State of every incident replayed from its history up to %1 (cut-off); printed %2 by %3. Definitions of every figure: docs/INDICATORS.md.</source>
        <translation>每件案件的状态按其流转记录回放至 %1（截止时间）；%2 由 %3 打印。各项指标的口径见 docs/INDICATORS.md。</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>一、概述</translation>
    </message>
    <message>
        <source>In %1, %2 incidents were received and %3 were due to be closed. Of those, %4 were closed (closing rate %5; %6 against %7) and %8 on time (on-time closing rate %9). %10 of %11 incidents with an arrival limit were reached in time (arrival rate %12). %13 due incidents were still waiting for handling past their deadline at the cut-off.</source>
        <translation>%1 共受理案件 %2 件，应结案 %3 件。其中已结案 %4 件（结案率 %5；较 %7 %6），按期结案 %8 件（按期结案率 %9）。有到场时限的 %11 件案件中按时到场 %10 件（到场率 %12）。截止时仍有 %13 件应结案件超期待处置。</translation>
    </message>
    <message>
        <source>2. Indicators against the previous quarter</source>
        <translation>二、主要指标与上季度对比</translation>
    </message>
    <message>
        <source>3. By squad</source>
        <translation>三、分中队情况</translation>
    </message>
    <message>
        <source>3. By source</source>
        <translation>三、分来源情况</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>4. Charts</source>
        <translation>四、图表</translation>
    </message>
    <message>
        <source>5. Worst categories</source>
        <translation>五、处置较差的类别</translation>
    </message>
    <message>
        <source>Nothing was due in this quarter.</source>
        <translation>本季度没有应结案件。</translation>
    </message>
    <message>
        <source>6. Worst grid cells</source>
        <translation>六、处置较差的网格</translation>
    </message>
    <message>
        <source>No due incident is located in a grid cell.</source>
        <translation>没有应结案件定位到网格。</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Open incidents past their deadline at the cut-off, most overdue first (at most 300).</source>
        <translation>截止时超过时限仍未处置的案件，超期最久的在前（最多 300 件）。</translation>
    </message>
    <message>
        <source>report quarterly: the PDF could not be written.</source>
        <translation>report quarterly：无法写入 PDF。</translation>
    </message>
    <message>
        <source>report daily: the date is not valid (write it as 2026-09-30).</source>
        <translation>report daily：日期无效（请写成 2026-09-30）。</translation>
    </message>
    <message>
        <source>Command-room daily summary</source>
        <translation>指挥室每日工作汇总</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Figures of the day up to %1; printed %2 by %3.</source>
        <translation>当日数据截至 %1；%2 由 %3 打印。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <source>Arrived within the limit</source>
        <translation>按时到场</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 件中 %1 件（%3）</translation>
    </message>
    <message>
        <source>Closed (due today)</source>
        <translation>结案（当日应结）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>Overdue and open at the cut-off</source>
        <translation>截止时超期未处置</translation>
    </message>
    <message>
        <source>Arrived in time</source>
        <translation>按时到场</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>By squad</source>
        <translation>按中队</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <source>Overdue incidents</source>
        <translation>超期案件</translation>
    </message>
    <message>
        <source>report daily: the PDF could not be written.</source>
        <translation>report daily：无法写入 PDF。</translation>
    </message>
    <message>
        <source>%1 (weekly sums)</source>
        <translation>%1（按周合计）</translation>
    </message>
    <message>
        <source>7. Duty and coverage (published rosters)</source>
        <translation>七、勤务与网格覆盖（已发布勤务表）</translation>
    </message>
    <message>
        <source>No published roster covers this quarter.</source>
        <translation>本季度没有已发布的勤务表。</translation>
    </message>
    <message>
        <source>Officers (active)</source>
        <translation>在岗执法队员</translation>
    </message>
    <message>
        <source>Shifts worked</source>
        <translation>出勤班次</translation>
    </message>
    <message>
        <source>Hours per officer, mean</source>
        <translation>人均工时</translation>
    </message>
    <message>
        <source>Fairness: hours between the most and the least loaded</source>
        <translation>公平性：工时最多与最少者之差</translation>
    </message>
    <message>
        <source>Fairness: nights spread</source>
        <translation>公平性：夜班数之差</translation>
    </message>
    <message>
        <source>Fairness: weekends spread</source>
        <translation>公平性：周末班数之差</translation>
    </message>
    <message>
        <source>Fairness: holidays spread</source>
        <translation>公平性：节假日班数之差</translation>
    </message>
    <message>
        <source>Hours above the contracts</source>
        <translation>超出合同工时</translation>
    </message>
    <message>
        <source>Grid cells covered by a patrol on duty, average over the day</source>
        <translation>有巡查人员在岗的网格占比（全天平均）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法队员</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Overtime (h)</source>
        <translation>超时（小时）</translation>
    </message>
    <message>
        <source>8. Overdue list</source>
        <translation>八、超期案件清单</translation>
    </message>
</context>
<context>
    <name>dd::ui::print::RosterPrint</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>annual leave</source>
        <translation>年休假</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>seconded</source>
        <translation>借调</translation>
    </message>
    <message>
        <source>personal leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <source>time off in lieu</source>
        <translation>调休</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>The published versions in force</source>
        <translation>各周期现行发布版本</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Version %1 (draft, not published)</source>
        <translation>第 %1 版（草稿，未发布）</translation>
    </message>
    <message>
        <source>Version %1, published %2 by %3</source>
        <translation>第 %1 版，%2 由 %3 发布</translation>
    </message>
    <message>
        <source>the squad leader</source>
        <translation>中队长</translation>
    </message>
    <message>
        <source>Period: %1 – %2 (%3)</source>
        <translation>周期：%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Prepared by (制表):</source>
        <translation>制表：</translation>
    </message>
    <message>
        <source>Checked by (审核):</source>
        <translation>审核：</translation>
    </message>
    <message>
        <source>Squad leader (中队长):</source>
        <translation>中队长：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>District: %1   Squad: %2 (%3)</source>
        <translation>区：%1&#x3000;中队：%2（%3）</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>DutyDesk · %1 · %2 %3</source>
        <translation>勤务调度台 · %1 · %2 %3</translation>
    </message>
    <message>
        <source>weekly roster of %1: the period has no days.</source>
        <translation>%1 的周勤务表：周期内没有日期。</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>勤务排班表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Officer (badge)</source>
        <translation>队员（警号）</translation>
    </message>
    <message>
        <source>Daily totals per shift</source>
        <translation>每日各班次人数</translation>
    </message>
    <message>
        <source>Shift codes</source>
        <translation>班次代码</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Cell: shift code, post · patrol team (a team is two or more officers, two of them certified).</source>
        <translation>格内：班次代码，岗位 · 巡查组（每组两人以上，其中两人持执法证）。</translation>
    </message>
    <message>
        <source>weekly roster of %1 %2: the printer or PDF file could not be painted on.</source>
        <translation>%1 %2 的周勤务表：无法在打印机或 PDF 文件上绘制。</translation>
    </message>
    <message>
        <source>daily duty sheet of %1: %2 is outside the roster&apos;s period %3.</source>
        <translation>%1 的每日勤务表：%2 不在勤务表周期 %3 内。</translation>
    </message>
    <message>
        <source>Daily duty sheet</source>
        <translation>每日勤务表</translation>
    </message>
    <message>
        <source>Date: %1 %2</source>
        <translation>日期：%1 %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Grid area</source>
        <translation>网格范围</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>组员</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>(%1 officer(s))</source>
        <translation>（%1 人）</translation>
    </message>
    <message>
        <source>command room</source>
        <translation>指挥室</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>值班台</translation>
    </message>
    <message>
        <source>(no post)</source>
        <translation>（无岗位）</translation>
    </message>
    <message>
        <source>On leave: %1</source>
        <translation>请假：%1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>daily duty sheet of %1: the printer or PDF file could not be painted on.</source>
        <translation>%1 的每日勤务表：无法在打印机或 PDF 文件上绘制。</translation>
    </message>
    <message>
        <source>officer schedule: %1 is not an active officer of %2.</source>
        <translation>个人排班表：%1 不是 %2 的在岗队员。</translation>
    </message>
    <message>
        <source>Officer&apos;s schedule</source>
        <translation>队员个人排班表</translation>
    </message>
    <message>
        <source>Officer: %1 (%2), %3</source>
        <translation>队员：%1（%2），%3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>off</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Total: %1 shift(s), %2 h, %3 night(s)</source>
        <translation>合计：%1 个班次，%2 小时，%3 个夜班</translation>
    </message>
    <message>
        <source>officer schedule: the printer or PDF file could not be painted on.</source>
        <translation>个人排班表：无法在打印机或 PDF 文件上绘制。</translation>
    </message>
    <message>
        <source>Roster change notice</source>
        <translation>勤务变更通知</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>原：%1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>现：%1</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>队员</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>%1 change(s) from version %2 to version %3.</source>
        <translation>第 %2 版至第 %3 版共 %1 处变更。</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>无变更。</translation>
    </message>
    <message>
        <source>change notice: the printer or PDF file could not be painted on.</source>
        <translation>变更通知：无法在打印机或 PDF 文件上绘制。</translation>
    </message>
    <message>
        <source>%1 cells, %2 … %3</source>
        <translation>%1 个网格，%2 … %3</translation>
    </message>
</context>
</TS>
