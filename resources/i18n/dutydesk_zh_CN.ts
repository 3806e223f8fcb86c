<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>dd::app</name>
    <message>
        <source>Creates the demo district (Jiading, schematic geometry) in a new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generated content (default 1); the same seed gives the same district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace PATH if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-db: expected exactly one PATH (see dutydesk demo-db --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-db: --seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-db: %1 already exists; it was left untouched (use --force to replace it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-db: %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-db: cannot move the new database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: demo district written (seed %2): %3 towns/streets, %4 committees, %5 squads, %6 officers, %7 schematic grid cells, %8 posts (%9 patrol sectors), %10 incident categories, %11 calendar days; geometry %12 ms, writing %13 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the DutyDesk console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this INI file for settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force a language (zh_CN, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show first (1–6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot a dialog instead: about, settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit after the first paint (benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarises a database: counts per table, schema version, integrity check, squads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: unexpected argument &quot;%1&quot; (the database is given with --db PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1 (this build: %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console id:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District:        %1 %2, %3 grid cells (%4%5), %6 active officers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, schematic 示意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Towns/streets (code, name, committees, cells):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Squads (code, name, active officers):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Rows per table:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the integrity check found problems:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: %2 violation(s), cost %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve a Curtois &amp; Qu instance and write the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance file (InstanceN.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to search (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search threads (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N search steps (reproducible runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1 INSTANCE --time-limit SECONDS [--threads N] [--seed N] -o SOLUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number in --time-limit, --threads, --seed or --iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s, %2 steps, best objective %3, hard violations %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: %1, seconds: %2, time to best: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a roster against a Curtois &amp; Qu instance: every violation, then the objective and the number of hard violations. Exit code 1 when a hard rule is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster written by schedule solve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1 INSTANCE SOLUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 solve INSTANCE --time-limit SECONDS [--threads N] [--seed N] -o SOLUTION
       %1 check INSTANCE SOLUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected solve or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file (default: the configured one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the console (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo district database: demo-db PATH [--seed N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise a database: counts, schema version, integrity [--json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve or check a rostering benchmark instance: schedule solve|check ….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::data::Database</name>
    <message>
        <source>%1: cannot open the database (%2); the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is corrupt or not an SQLite database (%2); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a DutyDesk database (it has no schema_version table); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the schema version (%2); the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the directory %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the database: the directory %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file is not readable (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file is read-only; DutyDesk needs to write to it. Make it writable or open a copy. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the directory %2 is not writable (SQLite needs to create its journal files there); the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is corrupt or not an SQLite database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database has schema version %2, but this DutyDesk supports versions up to %3. Use a newer DutyDesk; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is empty (no DutyDesk schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver does not expose its handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot configure the connection (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2); it was not migrated and was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the backup %2 before migrating (%3); the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch to WAL journaling (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: migration %2 (%3) failed: %4. The database stays at schema version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot record the console id (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: integrity check failed to run (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::data::DemoGenerator</name>
    <message>
        <source>Cannot prepare the insert into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store already holds a district; the demo needs an empty store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the demo needs a store at schema version %2 (this one is at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schematic geometry could not be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schematic geometry generator returned %1 cells for %2 towns; the demo was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the demo district was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::data::DistrictRepository</name>
    <message>
        <source>Cannot read %1 from the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::data::PasswordHasher</name>
    <message>
        <source>The cryptography library (libsodium) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::data::Permissions</name>
    <message>
        <source>View rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and close incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write supervision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See personal data unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit categories, calendar and grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage accounts and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise with the district</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::data::ReferenceData</name>
    <message>
        <source>%1: cannot read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line 1: no column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: no value for column &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is not a 9-digit code of district %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: unknown town &quot;%3&quot; or bad coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no seat for town %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is not a 12-digit code inside a known town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: &quot;%3&quot; is not a 5-digit code of major class %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::data::Role</name>
    <message>
        <source>District administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-centre dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squad leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squad dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::data::StoreInfo</name>
    <message>
        <source>%1: cannot list the tables (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot count table %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::grid</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell code may contain only the digits 0-9; character %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell code has %1 digits; %2 are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell code must start with the district code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linear ring is not an array of positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linear ring has %1 positions; at least 4 are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position is not an array of at least two numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position holds a number that is not finite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linear ring is not closed: its first and last positions differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon is not an array of linear rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polygon has no exterior ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry is not valid JSON: %1 (at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry has no &quot;coordinates&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry type &quot;%1&quot; is not supported; expected Polygon or MultiPolygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The geometry is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district code &quot;%1&quot; is not 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district has no towns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell size %1 m is outside 10 to 10,000 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline margin %1 m is outside 0 to 100,000 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town code &quot;%1&quot; is not 9 digits starting with the district code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town code %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat of town %1 has no valid coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community %1 belongs to the unknown town %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community code &quot;%1&quot; is not 12 digits starting with its town&apos;s code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community code %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town %1 has no community, so its cells could not be coded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district would need more than 20 million candidate cells; choose larger cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat of town %1 falls outside the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats of towns %1 and %2 fall in the same cell; choose smaller cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town %1 has %2 cells but %3 communities; choose smaller cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community %1 would have %2 cells; serial numbers stop at 999. Choose larger cells.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::AboutDialog</name>
    <message>
        <source>application framework, widgets, SQL, printing, translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charts in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph algorithms and geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console&apos;s local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese text on screen and paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district server&apos;s database (server side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the district server&apos;s TLS front end (server side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates and TLS for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cryptographic helpers for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo district&apos;s town, street and committee codes (National Bureau of Statistics 2023 division codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/T 47678.5-2026 incident classes 06–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a third-party transcription found in public code, not checked against the standard; shipped as an editable default category table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk 勤务调度台 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty rosters, incident dispatch, grid map, reports and nightly sync for the urban-management law-enforcement squads (城管执法中队) of a district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo district&apos;s geometry is generated and schematic (示意): it is not an official map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DatabaseErrorView</name>
    <message>
        <source>The database could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left untouched. Open another database, or create the demo district (Jiading, schematic geometry) to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DemoDatabaseCreator</name>
    <message>
        <source>A demo database is already being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator stopped unexpectedly. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generator failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::DispatchPage</name>
    <message>
        <source>Incident dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (案件/诉件) from the 12345 and 12319 hotlines, transfers and patrol findings: located in a grid cell, given to the responsible squad, dispatched (派遣) to an on-duty team, and followed through every workflow step against its time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid cells incidents can be located in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squads that receive incidents:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostering comes with the roster release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hotline work orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline import comes with the dispatch release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print duty sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing comes with the reports release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync comes with the sync release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DutyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk 勤务调度台 — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk 勤务调度台 — %1 (not opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk 勤务调度台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry: 示意 / schematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database open now; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo district (Jiading)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database %1 could not be created.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::MapPage</name>
    <message>
        <source>Grid map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district&apos;s grid map: town, community and unit-grid-cell (网格) layers, incidents and on-duty patrol teams drawn where they are; zoom, pan and search by cell code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit grid cells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towns and streets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示意 / schematic: generated for demonstration, not official boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported grid layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::OverviewPage</name>
    <message>
        <source>Squads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towns and streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometry: 示意 / schematic — the town areas and grid cells are generated for demonstration, not official boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 towns and streets · %2 communities · %3 squads · %4 officers · %5 grid cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::PlaceholderPage</name>
    <message>
        <source>Coming in a later release. This version shows the figures already available from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed weekly squad rosters, daily duty sheets (勤务表) and change notices; the arrival rate (到场率), closing and handling rates, and the quarterly complaint-handling efficiency evaluation (诉件处置效能评价).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squads and officers covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 squads, %2 officers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::RosterPage</name>
    <message>
        <source>Duty rosters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly and monthly duty rosters (排班) for each squad: shifts and posts, leave and requests, every rule checked with an explanation, a solver that proposes a roster, and publishing with a printed roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active officers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers per squad (average):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies after DutyDesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://sync.example.gov.cn (empty: sync not configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly sync time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (the district server only accepts TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; consoles sign in with their certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DutyDesk database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SquadTableModel</name>
    <message>
        <source>District bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::SyncPage</name>
    <message>
        <source>Nightly sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console works on its own database, also when the district network is down, and exchanges its changes with the district server every night and on demand; conflicting edits are resolved per field and the losing values are kept and shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console&apos;s id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly sync time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: %1 nightly at %2 (not active in this release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured (File → Settings…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui::TownTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
