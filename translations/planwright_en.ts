<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>pw</name>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <source>Set deadline</source>
        <translation>Set deadline</translation>
    </message>
    <message>
        <source>Set tags</source>
        <translation>Set tags</translation>
    </message>
    <message>
        <source>Set lead departments</source>
        <translation>Set lead departments</translation>
    </message>
    <message>
        <source>Set supporting departments</source>
        <translation>Set supporting departments</translation>
    </message>
    <message>
        <source>Set territorial units</source>
        <translation>Set territorial units</translation>
    </message>
    <message>
        <source>Edit node</source>
        <translation>Edit node</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 is not a JSON object (%2)</translation>
    </message>
    <message>
        <source>not a valid Planwright file: %1</source>
        <translation>not a valid Planwright file: %1</translation>
    </message>
    <message>
        <source>the first entry must be &quot;mimetype&quot;</source>
        <translation>the first entry must be &quot;mimetype&quot;</translation>
    </message>
    <message>
        <source>wrong mimetype (expected %1, stored uncompressed)</source>
        <translation>wrong mimetype (expected %1, stored uncompressed)</translation>
    </message>
    <message>
        <source>manifest.json is missing</source>
        <translation>manifest.json is missing</translation>
    </message>
    <message>
        <source>manifest.json: formatVersion must be a positive integer</source>
        <translation>manifest.json: formatVersion must be a positive integer</translation>
    </message>
    <message>
        <source>manifest.json: formatVersion %1 is newer than this version of Planwright supports (%2)</source>
        <translation>manifest.json: formatVersion %1 is newer than this version of Planwright supports (%2)</translation>
    </message>
    <message>
        <source>manifest.json: entries must be an array of names</source>
        <translation>manifest.json: entries must be an array of names</translation>
    </message>
    <message>
        <source>manifest.json lists &quot;%1&quot;, which is missing</source>
        <translation>manifest.json lists &quot;%1&quot;, which is missing</translation>
    </message>
    <message>
        <source>plan.json is missing</source>
        <translation>plan.json is missing</translation>
    </message>
    <message>
        <source>plan.json is too large</source>
        <translation>plan.json is too large</translation>
    </message>
    <message>
        <source>ignored entry &quot;%1&quot; (not listed in the manifest)</source>
        <translation>ignored entry &quot;%1&quot; (not listed in the manifest)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>not a valid Planwright file: larger than %1 bytes</source>
        <translation>not a valid Planwright file: larger than %1 bytes</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>not a zip archive, or its central directory is damaged</source>
        <translation>not a zip archive, or its central directory is damaged</translation>
    </message>
    <message>
        <source>too many entries (%1, at most %2)</source>
        <translation>too many entries (%1, at most %2)</translation>
    </message>
    <message>
        <source>too many entries (at most %1)</source>
        <translation>too many entries (at most %1)</translation>
    </message>
    <message>
        <source>unreadable entry header</source>
        <translation>unreadable entry header</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>entry &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears more than once</source>
        <translation>entry &quot;%1&quot; appears more than once</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a symbolic link</source>
        <translation>entry &quot;%1&quot; is a symbolic link</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted; encrypted files are not supported</source>
        <translation>entry &quot;%1&quot; is encrypted; encrypted files are not supported</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses unsupported compression method %2</source>
        <translation>entry &quot;%1&quot; uses unsupported compression method %2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is too large</source>
        <translation>entry &quot;%1&quot; is too large</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be opened (damaged local header)</source>
        <translation>entry &quot;%1&quot; cannot be opened (damaged local header)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is damaged</source>
        <translation>entry &quot;%1&quot; is damaged</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; decompresses beyond %2 bytes</source>
        <translation>entry &quot;%1&quot; decompresses beyond %2 bytes</translation>
    </message>
    <message>
        <source>archive decompresses beyond %1 bytes</source>
        <translation>archive decompresses beyond %1 bytes</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has a suspicious compression ratio</source>
        <translation>entry &quot;%1&quot; has a suspicious compression ratio</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; fails its checksum (the file is damaged)</source>
        <translation>entry &quot;%1&quot; fails its checksum (the file is damaged)</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an inconsistent size</source>
        <translation>entry &quot;%1&quot; has an inconsistent size</translation>
    </message>
    <message>
        <source>folder entry &quot;%1&quot; has content</source>
        <translation>folder entry &quot;%1&quot; has content</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is damaged</source>
        <translation>the archive&apos;s directory is damaged</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>empty name</translation>
    </message>
    <message>
        <source>name longer than %1 bytes</source>
        <translation>name longer than %1 bytes</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absolute path</translation>
    </message>
    <message>
        <source>backslash in name</source>
        <translation>backslash in name</translation>
    </message>
    <message>
        <source>drive letter or stream name</source>
        <translation>drive letter or stream name</translation>
    </message>
    <message>
        <source>control character in name</source>
        <translation>control character in name</translation>
    </message>
    <message>
        <source>relative path component</source>
        <translation>relative path component</translation>
    </message>
    <message>
        <source>empty path component</source>
        <translation>empty path component</translation>
    </message>
    <message>
        <source>file too large (%1 bytes, at most %2)</source>
        <translation>file too large (%1 bytes, at most %2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>cannot create the archive</source>
        <translation>cannot create the archive</translation>
    </message>
    <message>
        <source>cannot write entry &quot;%1&quot;</source>
        <translation>cannot write entry &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation>cannot finish the archive</translation>
    </message>
</context>
<context>
    <name>pw::AssignDialog</name>
    <message numerus="yes">
        <source>Assign Department to %n Item(s)</source>
        <translation>
            <numerusform>Assign Department to %n Item</numerusform>
            <numerusform>Assign Department to %n Items</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead (牵头)</source>
        <translation>Lead (牵头)</translation>
    </message>
    <message>
        <source>Supporting (配合)</source>
        <translation>Supporting (配合)</translation>
    </message>
    <message>
        <source>Territorial (属地)</source>
        <translation>Territorial (属地)</translation>
    </message>
    <message>
        <source>Remove from the items</source>
        <translation>Remove from the items</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n item(s)</source>
        <translation>
            <numerusform>Remove %1 from %n item</numerusform>
            <numerusform>Remove %1 from %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %n item(s)</source>
        <translation>
            <numerusform>Assign %1 to %n item</numerusform>
            <numerusform>Assign %1 to %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::Commands</name>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>Edit plan properties</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s)</source>
        <translation>
            <numerusform>Copy %n item</numerusform>
            <numerusform>Copy %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::DepartmentEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Merge Into…</translation>
    </message>
    <message>
        <source>Department registry</source>
        <translation>Department registry</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>“%1” is already in the registry.</source>
        <translation>“%1” is already in the registry.</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Remove department</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is assigned %n time(s). Remove it and all its assignments?</source>
        <translation>
            <numerusform>“%1” is assigned %n time. Remove it and all its assignments?</numerusform>
            <numerusform>“%1” is assigned %n times. Remove it and all its assignments?</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge departments</source>
        <translation>Merge departments</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Merge “%1” into:</translation>
    </message>
</context>
<context>
    <name>pw::DepartmentTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
</context>
<context>
    <name>pw::DisplayNames</name>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Subtask</source>
        <translation>Subtask</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Draft for comment</source>
        <translation>Draft for comment</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>Branch office</translation>
    </message>
    <message>
        <source>Territorial unit</source>
        <translation>Territorial unit</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
</context>
<context>
    <name>pw::Document</name>
    <message>
        <source>Insert node</source>
        <translation>Insert node</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Assign department</source>
        <translation>Assign department</translation>
    </message>
    <message>
        <source>Unassign department</source>
        <translation>Unassign department</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Remove department</translation>
    </message>
    <message>
        <source>Merge departments</source>
        <translation>Merge departments</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Edit target</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Remove target</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Add project</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Remove project</translation>
    </message>
</context>
<context>
    <name>pw::DocumentSession</name>
    <message>
        <source>Untitled %1</source>
        <translation>Untitled %1</translation>
    </message>
</context>
<context>
    <name>pw::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Filter Outline…</source>
        <translation>&amp;Filter Outline…</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Outline</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>&amp;Expand All</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>&amp;Collapse All</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Autosave Interval…</source>
        <translation>&amp;Autosave Interval…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Planwright</source>
        <translation>&amp;About Planwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;original&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>Open plans</source>
        <translation>Open plans</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <source>Planwright</source>
        <translation>Planwright</translation>
    </message>
    <message>
        <source>Actions: %1   Tasks: %2   Without lead: %3</source>
        <translation>Actions: %1   Tasks: %2   Without lead: %3</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>About Planwright</source>
        <translation>About Planwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Planwright %1&lt;/h3&gt;&lt;p&gt;Authoring and review of local climate plans (碳达峰实施方案).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Planwright %1&lt;/h3&gt;&lt;p&gt;Authoring and review of local climate plans (碳达峰实施方案).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Cannot open plan</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 cannot be opened:
%2</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan in use</translation>
    </message>
    <message>
        <source>%1 is open in another Planwright window. It is opened read-only here: save your changes under another name.</source>
        <translation>%1 is open in another Planwright window. It is opened read-only here: save your changes under another name.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Planwright plans (*.pwplan)</source>
        <translation>Planwright plans (*.pwplan)</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>Cannot save plan</translation>
    </message>
    <message>
        <source>%1 is open in another tab. Close it first.</source>
        <translation>%1 is open in another tab. Close it first.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it. Overwrite it with your version?</source>
        <translation>%1 was changed by another program since you opened it. Overwrite it with your version?</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>Autosave</translation>
    </message>
    <message>
        <source>Save recovery files every (seconds):</source>
        <translation>Save recovery files every (seconds):</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>an untitled plan</translation>
    </message>
    <message>
        <source>• %1 (autosaved %2)</source>
        <translation>• %1 (autosaved %2)</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <source>Planwright was not closed properly. Unsaved work was found:
%1</source>
        <translation>Planwright was not closed properly. Unsaved work was found:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery file(s) are damaged and cannot be opened; they were skipped.</source>
        <translation>
            <numerusform>%n recovery file are damaged and cannot be opened; they were skipped.</numerusform>
            <numerusform>%n recovery files are damaged and cannot be opened; they were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Cannot recover</translation>
    </message>
    <message>
        <source>%1 is open in another Planwright window. The recovered version is read-only here: save it under another name.</source>
        <translation>%1 is open in another Planwright window. The recovered version is read-only here: save it under another name.</translation>
    </message>
    <message>
        <source>&amp;Import Document…</source>
        <translation>&amp;Import Document…</translation>
    </message>
    <message>
        <source>Cannot import document</source>
        <translation>Cannot import document</translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 cannot be imported:
%2</translation>
    </message>
    <message>
        <source>Imported %1: %2 items, %3 departments, %4 targets, %5 warnings</source>
        <translation>Imported %1: %2 items, %3 departments, %4 targets, %5 warnings</translation>
    </message>
    <message>
        <source>Import plan document</source>
        <translation>Import plan document</translation>
    </message>
    <message>
        <source>Plan documents (*.txt *.docx *.html *.htm)</source>
        <translation>Plan documents (*.txt *.docx *.html *.htm)</translation>
    </message>
</context>
<context>
    <name>pw::MetadataEditor</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Issuer</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>Document &amp;number</translation>
    </message>
    <message>
        <source>Issue &amp;date</source>
        <translation>Issue &amp;date</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Parent plans</source>
        <translation>&amp;Parent plans</translation>
    </message>
    <message>
        <source>&amp;Milestone years</source>
        <translation>&amp;Milestone years</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <source>e.g. 石政发〔2023〕5号</source>
        <translation>e.g. 石政发〔2023〕5号</translation>
    </message>
    <message>
        <source>One parent plan per line: title | document number</source>
        <translation>One parent plan per line: title | document number</translation>
    </message>
    <message>
        <source>e.g. 2025, 2030</source>
        <translation>e.g. 2025, 2030</translation>
    </message>
    <message>
        <source>The plan has an issue date</source>
        <translation>The plan has an issue date</translation>
    </message>
</context>
<context>
    <name>pw::NodeEditor</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Supporting</source>
        <translation>&amp;Supporting</translation>
    </message>
    <message>
        <source>Te&amp;rritorial</source>
        <translation>Te&amp;rritorial</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Lead departments</source>
        <translation>Lead departments</translation>
    </message>
    <message>
        <source>牵头 departments, separated by 、</source>
        <translation>牵头 departments, separated by 、</translation>
    </message>
    <message>
        <source>Supporting departments</source>
        <translation>Supporting departments</translation>
    </message>
    <message>
        <source>配合 departments, separated by 、</source>
        <translation>配合 departments, separated by 、</translation>
    </message>
    <message>
        <source>Territorial units</source>
        <translation>Territorial units</translation>
    </message>
    <message>
        <source>属地 units, separated by 、</source>
        <translation>属地 units, separated by 、</translation>
    </message>
    <message>
        <source>e.g. 2025年底前, 长期坚持</source>
        <translation>e.g. 2025年底前, 长期坚持</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>New departments</source>
        <translation>New departments</translation>
    </message>
    <message>
        <source>These names are not in the department registry:
%1

Add them to the registry?</source>
        <translation>These names are not in the department registry:
%1

Add them to the registry?</translation>
    </message>
    <message>
        <source>Assign departments</source>
        <translation>Assign departments</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Double-click a year or a target value to edit it, e.g. ≥5 or 完成省下达目标</source>
        <translation>Double-click a year or a target value to edit it, e.g. ≥5 or 完成省下达目标</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Remove Target</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Add target</translation>
    </message>
    <message>
        <source>Indicator (pick one or type a new name):</source>
        <translation>Indicator (pick one or type a new name):</translation>
    </message>
    <message>
        <source>&amp;New Target…</source>
        <translation>&amp;New Target…</translation>
    </message>
</context>
<context>
    <name>pw::OutlineView</name>
    <message>
        <source>&amp;Insert Item</source>
        <translation>&amp;Insert Item</translation>
    </message>
    <message>
        <source>Insert &amp;Child Item</source>
        <translation>Insert &amp;Child Item</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>I&amp;ndent</source>
        <translation>I&amp;ndent</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Outdent</translation>
    </message>
    <message>
        <source>&amp;Copy Items</source>
        <translation>&amp;Copy Items</translation>
    </message>
    <message>
        <source>&amp;Paste Items</source>
        <translation>&amp;Paste Items</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) up</source>
        <translation>
            <numerusform>Move %n item up</numerusform>
            <numerusform>Move %n items up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) down</source>
        <translation>
            <numerusform>Move %n item down</numerusform>
            <numerusform>Move %n items down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indent %n item(s)</source>
        <translation>
            <numerusform>Indent %n item</numerusform>
            <numerusform>Indent %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outdent %n item(s)</source>
        <translation>
            <numerusform>Outdent %n item</numerusform>
            <numerusform>Outdent %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assign Department…</source>
        <translation>&amp;Assign Department…</translation>
    </message>
</context>
<context>
    <name>pw::PlanEditor</name>
    <message>
        <source>Filter outline by title or text (Ctrl+F)</source>
        <translation>Filter outline by title or text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Outline filter</source>
        <translation>Outline filter</translation>
    </message>
    <message>
        <source>Plan outline</source>
        <translation>Plan outline</translation>
    </message>
</context>
<context>
    <name>pw::PlanTemplates</name>
    <message>
        <source>Blank plan</source>
        <translation>Blank plan</translation>
    </message>
    <message>
        <source>National plan (ten actions)</source>
        <translation>National plan (ten actions)</translation>
    </message>
    <message>
        <source>Province plan</source>
        <translation>Province plan</translation>
    </message>
    <message>
        <source>City plan</source>
        <translation>City plan</translation>
    </message>
    <message>
        <source>County or district plan</source>
        <translation>County or district plan</translation>
    </message>
</context>
<context>
    <name>pw::PlanTreeModel</name>
    <message>
        <source>No lead department assigned</source>
        <translation>No lead department assigned</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Supporting</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::cli</name>
    <message>
        <source>%1: %2 nodes, %3 departments, %4 targets, %5 warnings%6
</source>
        <translation>%1: %2 nodes, %3 departments, %4 targets, %5 warnings%6
</translation>
    </message>
</context>
<context>
    <name>pw::import</name>
    <message>
        <source>not a readable .docx: %1</source>
        <translation>not a readable .docx: %1</translation>
    </message>
    <message>
        <source>not a .docx: word/document.xml is missing</source>
        <translation>not a .docx: word/document.xml is missing</translation>
    </message>
    <message>
        <source>word/document.xml contains a DTD; refused</source>
        <translation>word/document.xml contains a DTD; refused</translation>
    </message>
    <message>
        <source>word/document.xml holds too much text</source>
        <translation>word/document.xml holds too much text</translation>
    </message>
    <message>
        <source>word/document.xml is not well-formed XML (line %1): %2</source>
        <translation>word/document.xml is not well-formed XML (line %1): %2</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>the document contains no text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 is larger than %2 MB</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3, %4 characters)
</source>
        <translation>Imported %1 (%2, %3, %4 characters)
</translation>
    </message>
    <message>
        <source>%1 nodes (%2 tasks), %3 departments, %4 assignments, %5 indicators, %6 targets, %7 tables, %8 projects
</source>
        <translation>%1 nodes (%2 tasks), %3 departments, %4 assignments, %5 indicators, %6 targets, %7 tables, %8 projects
</translation>
    </message>
    <message>
        <source>Cleaned: %1 page markers, %2 Word bookmarks, %3 pinyin annotations, %4 paragraph breaks restored
</source>
        <translation>Cleaned: %1 page markers, %2 Word bookmarks, %3 pinyin annotations, %4 paragraph breaks restored
</translation>
    </message>
    <message>
        <source>%1 warnings, %2 notes
</source>
        <translation>%1 warnings, %2 notes
</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>the file is larger than %1 MB</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported; save the file as UTF-8</source>
        <translation>UTF-32 text is not supported; save the file as UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 text with an odd number of bytes</source>
        <translation>UTF-16 text with an odd number of bytes</translation>
    </message>
    <message>
        <source>invalid UTF-16 (unpaired surrogate) at byte %1</source>
        <translation>invalid UTF-16 (unpaired surrogate) at byte %1</translation>
    </message>
    <message>
        <source>NUL character at byte %1: this is not a text file</source>
        <translation>NUL character at byte %1: this is not a text file</translation>
    </message>
    <message>
        <source>NUL bytes from byte %1: looks like UTF-16 without a byte-order mark; save it as UTF-8 or UTF-16 with BOM</source>
        <translation>NUL bytes from byte %1: looks like UTF-16 without a byte-order mark; save it as UTF-8 or UTF-16 with BOM</translation>
    </message>
    <message>
        <source>NUL byte at byte %1: this is a binary file, not text</source>
        <translation>NUL byte at byte %1: this is a binary file, not text</translation>
    </message>
    <message>
        <source>control byte 0x%1 at byte %2: this is a binary file, not text</source>
        <translation>control byte 0x%1 at byte %2: this is a binary file, not text</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 at byte %2 after valid UTF-8 text (mixed encodings?)</source>
        <translation>invalid UTF-8 byte 0x%1 at byte %2 after valid UTF-8 text (mixed encodings?)</translation>
    </message>
    <message>
        <source>byte 0x%1 at byte %2 is neither UTF-8 nor GB18030</source>
        <translation>byte 0x%1 at byte %2 is neither UTF-8 nor GB18030</translation>
    </message>
    <message>
        <source>the text is not UTF-8 and this build cannot decode GB18030</source>
        <translation>the text is not UTF-8 and this build cannot decode GB18030</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor valid GB18030</source>
        <translation>the text is neither UTF-8 nor valid GB18030</translation>
    </message>
</context>
<context>
    <name>pw::import::Builder</name>
    <message>
        <source>(unnamed indicator)</source>
        <translation>(unnamed indicator)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>a number that looks like a target has no year; not imported as a target</source>
        <translation>a number that looks like a target has no year; not imported as a target</translation>
    </message>
    <message>
        <source>table with no indicator values that could be read</source>
        <translation>table with no indicator values that could be read</translation>
    </message>
    <message>
        <source>table cells that are not numbers under the header&apos;s columns</source>
        <translation>table cells that are not numbers under the header&apos;s columns</translation>
    </message>
    <message>
        <source>task without a department while its neighbours have one</source>
        <translation>task without a department while its neighbours have one</translation>
    </message>
    <message>
        <source>%1 paragraphs before the first heading (notice, title, preamble) used for the metadata only</source>
        <translation>%1 paragraphs before the first heading (notice, title, preamble) used for the metadata only</translation>
    </message>
    <message>
        <source>web page furniture skipped</source>
        <translation>web page furniture skipped</translation>
    </message>
    <message>
        <source>no numbered headings found; the text is kept as source only</source>
        <translation>no numbered headings found; the text is kept as source only</translation>
    </message>
</context>
</TS>
