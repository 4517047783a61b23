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
        <source>ignored entry &quot;%1&quot; (not listed in the manifest)</source>
        <translation>ignored entry &quot;%1&quot; (not listed in the manifest)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
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
    <message>
        <source>the plan cannot be saved losslessly (a value does not survive the file format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-volume archives are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory is not where the end record says (data before or inside the archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory is damaged (entry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: its local header is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: its local header disagrees with the central directory (inconsistent archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory has more entries than the end record says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; overlaps another entry (zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refusing to write: it is %2, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refusing to write: it is the input file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan cannot be saved because it would not open again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file size limit of this process (ulimit -f) was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data before the archive (a prefix such as a script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual-average change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>increment (新增)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock (累计)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different measures: the parent states a %1, the child a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different scopes: the parent covers %1, the child %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different indicators: the parent counts %1, the child %2.</source>
        <translation type="unfinished"></translation>
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
    <name>pw::ChartsView</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">Targets</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks per action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG files (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
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
    <name>pw::CommentsPanel</name>
    <message>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve / reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::CoverageChart</name>
    <message>
        <source>Coverage of the parent&apos;s tasks per action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::DepartmentChips</name>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
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
    <name>pw::DepartmentTasksModel</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished">Lead</translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished">Task</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished">Deadline</translation>
    </message>
</context>
<context>
    <name>pw::DepartmentView</name>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads %1 · supports %2 · territorial %3 · %4 task(s) in all</source>
        <translation type="unfinished"></translation>
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
    <name>pw::FindingsModel</name>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stricter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looser: needs allocation evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative only: not quantified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment weakened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished">Target</translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best match %1%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent %1; child %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline indicator absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent-level lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent-level unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should be a branch office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child quantifies the parent&apos;s qualitative target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::IndicatorCategory</name>
    <message>
        <source>综合</source>
        <translation>General</translation>
    </message>
    <message>
        <source>能源</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>工业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>建筑</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>交通</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>循环</source>
        <translation>Circular economy</translation>
    </message>
    <message>
        <source>碳汇</source>
        <translation>Carbon sinks</translation>
    </message>
    <message>
        <source>环境</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>产业</source>
        <translation>Industries</translation>
    </message>
</context>
<context>
    <name>pw::LibrarySettingsDialog</name>
    <message>
        <source>Library Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (kept only until Planwright quits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server shared by an office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. planwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is taken from the PGPASSWORD environment variable or asked when the server needs it. It is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite library (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host and the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema name may use only a–z, 0–9 and _, and may not start with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n plan(s) in the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::LibraryWindow</name>
    <message>
        <source>National</source>
        <translation type="unfinished">National</translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished">Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">City</translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished">County</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">District</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
    <message>
        <source>Add Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans and plan documents (*.pwplan *.txt *.docx *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Folder of Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter plans by title, issuer, region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished">Level</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">Targets</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished">Plan</translation>
    </message>
    <message>
        <source>Review Against Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tasks and titles, e.g. 屋顶光伏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Action</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished">Task</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n children)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Roll-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files changed on disk; updating the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll-up was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll-up could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll-up could not be printed: %1</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Print or Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Parent Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Parent Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent plan of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items, %3 departments, %4 targets imported; %5 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (linked parent, from its file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (linked parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan documents (*.txt *.docx *.html *.htm *.pdf)</source>
        <translation>Plan documents (*.txt *.docx *.html *.htm *.pdf)</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::MatchPanel</name>
    <message>
        <source>&amp;Confirm match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selected child node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;applicable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this task not apply to the child plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task of the parent plan to see the child nodes that cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Closing</source>
        <translation>&amp;Closing</translation>
    </message>
    <message>
        <source>Printed after the last item, e.g. 本方案自发布之日起施行。</source>
        <translation>Printed after the last item, e.g. 本方案自发布之日起施行。</translation>
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
    <message>
        <source>Source (page %1)</source>
        <translation>Source (page %1)</translation>
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
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings everything back.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>This plan is open in another Planwright window, so it is read-only here. Edits made here cannot be saved over the other window&apos;s file, only under another name.</source>
        <translation>This plan is open in another Planwright window, so it is read-only here. Edits made here cannot be saved over the other window&apos;s file, only under another name.</translation>
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
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::PlanViewsPanel</name>
    <message>
        <source>Tables and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">Targets</translation>
    </message>
    <message>
        <source>Responsibility Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::ReadOnlyBar</name>
    <message>
        <source>Edit Anyway</source>
        <translation type="unfinished">Edit Anyway</translation>
    </message>
</context>
<context>
    <name>pw::ResponsibilityChecksPanel</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks without lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks with several leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments used in no task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments of another level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge keeps &quot;%1&quot; and records &quot;%2&quot; as its alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::ResponsibilityMatrixModel</name>
    <message>
        <source>%1 lead, %2 supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign departments</source>
        <translation type="unfinished">Assign departments</translation>
    </message>
    <message>
        <source>Unassign departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead/
support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per task: number of lead / supporting departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in no task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
lead %2 · support %3 · territorial %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::ResponsibilityMatrixView</name>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns keep their place while you edit; re-sort applies the current loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished">Departments</translation>
    </message>
    <message>
        <source>Branch offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territorial units</source>
        <translation type="unfinished">Territorial units</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected departments lead (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected departments supporting (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected units territorially responsible (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected assignments (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export responsibility matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::ReviewTreeProxy</name>
    <message>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the selected parent task (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::ReviewWindow</name>
    <message>
        <source>Review: %1 ← %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::ReviewWorkspace</name>
    <message>
        <source>&lt;b&gt;Parent plan&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan under review&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Year</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart in the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Task match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">Targets</translation>
    </message>
    <message>
        <source>Coverage chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear review decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit department counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark task not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage &lt;b&gt;%1%&lt;/b&gt; of %2 parent tasks (%3 covered, %4 partly, %5 not covered, %6 n/a) · mandatory not covered: &lt;b&gt;%7&lt;/b&gt; · targets looser: %8, missing: %9 · department issues: %10 · citation issues: %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule (branch office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan under review is open in another Planwright window, so it is read-only here: decisions, comments and counterparts cannot be recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library: recorded in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::StructureChartModel</name>
    <message>
        <source>(outside actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks not under an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished">Targets</translation>
    </message>
</context>
<context>
    <name>pw::TableClipboard</name>
    <message>
        <source>Paste</source>
        <translation type="unfinished">Paste</translation>
    </message>
</context>
<context>
    <name>pw::TargetChartView</name>
    <message>
        <source>No indicator selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished">Target</translation>
    </message>
    <message>
        <source>Stretch (力争)</source>
        <translation>Stretch target</translation>
    </message>
    <message>
        <source>Parent plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::TargetTableModel</name>
    <message>
        <source>Double-click to show the stating text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding is 约束性, 预期性 or empty.</source>
        <translation>Binding is &quot;binding&quot;, &quot;indicative&quot; or empty.</translation>
    </message>
    <message>
        <source>Direction is 提高, 下降 or empty.</source>
        <translation>Direction is &quot;increase&quot;, &quot;decrease&quot; or empty.</translation>
    </message>
    <message>
        <source>Enter a milestone value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base year must be a year before the first milestone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment is 确保, 力争 or empty.</source>
        <translation>Commitment is &quot;ensure&quot;, &quot;strive for&quot; or empty.</translation>
    </message>
    <message>
        <source>Edit targets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vs baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::TargetTableView</name>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">Add indicator</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished">Paste</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export target table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already has &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n indicator(s)</source>
        <translation>
            <numerusform>Remove %n indicator</numerusform>
            <numerusform>Remove %n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cell(s) pasted, %2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicator(s), %2 target(s), %3 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::TaskDivisionView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export task division table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::WorkloadChartModel</name>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>Others (%n)</numerusform>
            <numerusform>Others (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead (牵头)</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Support (配合/属地)</source>
        <translation>Support (supporting/territorial)</translation>
    </message>
</context>
<context>
    <name>pw::charts</name>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>responsibility matrix of %1 tasks × %2 departments (--division prints one row per task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Cleaned: %1 page markers, %2 Word bookmarks, %3 pinyin annotations, %4 paragraph breaks restored, %5 wrapped lines joined
</source>
        <translation>Cleaned: %1 page markers, %2 Word bookmarks, %3 pinyin annotations, %4 paragraph breaks restored, %5 wrapped lines joined
</translation>
    </message>
    <message>
        <source>the file is not a PDF (no %PDF header)</source>
        <translation>the file is not a PDF (no %PDF header)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>the PDF is damaged and cannot be read</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a password; decrypt it first</source>
        <translation>the PDF is encrypted with a password; decrypt it first</translation>
    </message>
    <message>
        <source>the PDF is damaged: it has no pages</source>
        <translation>the PDF is damaged: it has no pages</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; at most %2 are imported</source>
        <translation>the PDF has %1 pages; at most %2 are imported</translation>
    </message>
    <message>
        <source>reading the PDF took longer than %1 s; it is too large or too complex</source>
        <translation>reading the PDF took longer than %1 s; it is too large or too complex</translation>
    </message>
    <message>
        <source>the PDF&apos;s text is longer than %1 million characters</source>
        <translation>the PDF&apos;s text is longer than %1 million characters</translation>
    </message>
    <message>
        <source>this PDF has no text layer; OCR it first</source>
        <translation>this PDF has no text layer; OCR it first</translation>
    </message>
    <message>
        <source>a dated number that states a fact (截至…, 已…, …为…), not a goal; not imported as a target</source>
        <translation>a dated number that states a fact (截至…, 已…, …为…), not a goal; not imported as a target</translation>
    </message>
    <message>
        <source>a dated sum of money invested or granted; not imported as a target</source>
        <translation>a dated sum of money invested or granted; not imported as a target</translation>
    </message>
    <message>
        <source>a dated count of projects or actions carried out; not imported as a target</source>
        <translation>a dated count of projects or actions carried out; not imported as a target</translation>
    </message>
    <message>
        <source>more headings than a plan can hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::import::Builder</name>
    <message>
        <source>(unnamed indicator)</source>
        <translation>(unnamed indicator)</translation>
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
        <source>web page furniture skipped</source>
        <translation>web page furniture skipped</translation>
    </message>
    <message>
        <source>the same target stated again; imported once</source>
        <translation>the same target stated again; imported once</translation>
    </message>
    <message>
        <source>no numbered headings found; %1 paragraphs imported as a flat outline</source>
        <translation>no numbered headings found; %1 paragraphs imported as a flat outline</translation>
    </message>
    <message>
        <source>%1 paragraphs before the first heading (notice, title, preamble) used for the metadata and targets</source>
        <translation>%1 paragraphs before the first heading (notice, title, preamble) used for the metadata and targets</translation>
    </message>
    <message>
        <source>%1 of %2 tasks have no lead department (牵头单位): assign one to each (select the tasks and press Ctrl+Shift+A, or press L in the responsibility matrix); they are marked red in the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments named in one assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number in a section on the current situation (发展基础, 现状…), not a goal; not imported as a target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::library</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 256 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the password in PGPASSWORD, not in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postgresql:// URL names no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema names may use only a-z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is in use by another program (%1); try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library could not be written, is the disk full? (%1); no plan file was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is damaged (%1) and cannot be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The library was damaged (%1). It was moved to %2 and rebuilt from %n plan file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no plan in the library is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library has schema version %1; this Planwright knows up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">Indicator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Year</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory parent tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of all parent tasks (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::limits</name>
    <message>
        <source>too large: %1, limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::report</name>
    <message>
        <source>（力争%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各省、自治区、直辖市人民政府，国务院各部委、各直属机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各市州、县市区人民政府，省政府各厅委、各直属机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各县市区人民政府，市政府各局委办、各直属事业单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各乡镇人民政府、街道办事处，县直有关单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各有关单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按职责分工负责</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基期值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>属性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>约束性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预期性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设规模</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设年限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亿元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1—%2年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已删除的条目）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未知单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标：%1（%2年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已删除的目标）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已覆盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分覆盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未覆盖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不适用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>严于上级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与上级一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低于上级，需说明分解依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅定性表述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下级缺失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基准年不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法比较</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由上级部门牵头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位含上级部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无牵头单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>垂直管理部门应为市局分局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>引用正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未引用上级方案名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未引用上级方案文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级方案文号有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未引用上级方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《%1》衔接审查报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《%1》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《%1》（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对照上级方案%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一、总体情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级方案共列重点任务%1项，下级方案已覆盖%2项、部分覆盖%3项、未覆盖%4项、不适用%5项，任务覆盖率%6。其中须由下级落实的任务%7项，尚有%8项未覆盖。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标指标共比对%1项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，其中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级方案的主要指标中，下级方案未提及%1项：%2。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位审查发现问题%1项，上级文件引用审查发现问题%2项，尚未处理的审查意见%3条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审查项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级重点任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>任务覆盖率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未覆盖的必须落实任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比对的目标指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下级未提及的主要指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件引用问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待处理审查意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二、任务覆盖情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级方案各行动任务覆盖情况（项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未归入行动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须由下级落实的上级任务均已在下级方案中体现。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下须由下级落实的上级任务尚未在下级方案中体现：%1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逐项覆盖情况见附件1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三、目标指标衔接情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标指标比对结论（项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四、责任单位和文件引用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未发现责任单位问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共发现责任单位问题%1项，详见附件%2。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件引用：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五、审查意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审查意见均已处理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚有%1条审查意见待处理，详见附件%2。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>覆盖情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下级方案对应内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>匹配度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级方案任务覆盖情况表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下级目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标指标比对表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下级任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议对应单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位审查情况表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（%1回复：%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1左右</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>不低于%1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>%1以上</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>不高于%1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>低于%1</source>
        <translation>below %1</translation>
    </message>
    <message>
        <source>约束减弱（不再“确保”）</source>
        <translation>Commitment weakened (no longer 确保)</translation>
    </message>
    <message>
        <source>下级量化了上级定性目标</source>
        <translation>Child quantifies the parent&apos;s qualitative target</translation>
    </message>
    <message>
        <source>无法核对（上级文件标题或文号未知）</source>
        <translation>Cannot check (the parent&apos;s title or 文号 is unknown)</translation>
    </message>
    <message>
        <source>上级与下级目标值对比（%）</source>
        <translation>Parent and child target values (%)</translation>
    </message>
    <message>
        <source>上级方案</source>
        <translation>Parent plan</translation>
    </message>
    <message>
        <source>下级方案</source>
        <translation>Child plan</translation>
    </message>
    <message>
        <source>逐项比对情况见附件2。各项结论所依据的上下级方案原文并列于附件2。</source>
        <translation>Annex 2 compares each target and quotes the parent&apos;s and the child&apos;s sentences side by side.</translation>
    </message>
    <message>
        <source>上级原文</source>
        <translation>Parent&apos;s text</translation>
    </message>
    <message>
        <source>下级原文</source>
        <translation>Child&apos;s text</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《%1》共有下级方案%2个。上级方案共列目标指标%3项（按指标和年份计），其中可加总指标%4项；下级方案目标共比对%5项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>汇总项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级目标指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可加总指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下级合计低于上级目标的指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必须落实任务全部覆盖的下级方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>二、可加总指标汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下级方案合计占上级目标的比例（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下级合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>占上级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出目标的下级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1下级合计%2%3，低于上级目标%4%3，差%5%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级方案没有下级方案可加总的量化指标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各可加总指标的下级方案合计均不低于上级目标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下指标的下级方案合计低于上级目标，需说明分解依据：%1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1各下级方案目标值（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>三、上级必须落实任务的覆盖情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有下级方案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各下级方案覆盖上级必须落实任务情况（项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必须落实任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部上级任务覆盖率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各下级方案均已体现上级必须落实的任务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下下级方案尚有上级必须落实的任务未覆盖：%1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上下级目标指标汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>续表（下级方案%1—%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《%1》上下级方案汇总平衡报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（共%1个下级方案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未纳入汇总：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四、目标指标逐项汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级方案每项目标指标与各下级方案目标值及比对结论见附件1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须落实（%1）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::report::Builder</name>
    <message>
        <source>主要指标表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点任务分工表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重大项目表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no data for the annex %1; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（发文机关）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于印发《%1》的通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现将《%1》印发给你们，请认真贯彻执行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此件主动公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（征求意见稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::report::Chart</name>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::report::Export</name>
    <message>
        <source>unsupported report format: %1 (use .pdf, .docx or .odt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::report::Fonts</name>
    <message>
        <source>FangSong (仿宋)</source>
        <translation>FangSong</translation>
    </message>
    <message>
        <source>KaiTi (楷体)</source>
        <translation>KaiTi</translation>
    </message>
    <message>
        <source>HeiTi (黑体)</source>
        <translation>HeiTi</translation>
    </message>
    <message>
        <source>XiaoBiaoSong (小标宋)</source>
        <translation>XiaoBiaoSong</translation>
    </message>
    <message>
        <source>SongTi (宋体)</source>
        <translation>SongTi</translation>
    </message>
    <message>
        <source>%1 is not installed; using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed and neither is %2; using the default font.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::report::Layout</name>
    <message>
        <source>cannot start painting the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::report::ReportOptions</name>
    <message>
        <source>unknown annex &quot;%1&quot; (use targets, tasks, projects or none)</source>
        <translation>unknown annex &quot;%1&quot; (use targets, tasks, projects or none)</translation>
    </message>
</context>
<context>
    <name>pw::review</name>
    <message>
        <source>The child cites the parent correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child cites the parent&apos;s title without its 文号 %1.</source>
        <translation>The child cites the parent&apos;s title without its document number %1.</translation>
    </message>
    <message>
        <source>The child cites the parent with 文号 %1 instead of %2.</source>
        <translation>The child cites the parent with document number %1 instead of %2.</translation>
    </message>
    <message>
        <source>The child cites 文号 %1 with the title 《%2》 instead of 《%3》.</source>
        <translation>The child cites document number %1 with the title “%2” instead of “%3”.</translation>
    </message>
    <message>
        <source>The child does not cite 《%1》%2.</source>
        <translation>The child does not cite “%1”%2.</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by %1, a department of the parent&apos;s level; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (parent level) among the responsible units; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is managed vertically by the city; at this level it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link parent plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units differ: parent %1, child %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base years differ: parent %1, child %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quantified: the child only refers to the allocated target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looser than the parent&apos;s average: ask for the allocation to the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stretch value (力争) reaches the parent&apos;s target.</source>
        <translation>The stretch value reaches the parent&apos;s target.</translation>
    </message>
    <message>
        <source>The child does not mention this indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child names this indicator without a target for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child sets this indicator for %1 only, not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child cites the parent&apos;s 文号 correctly; the parent&apos;s title is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child cites the parent&apos;s title without a 文号 (the parent&apos;s own 文号 is unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check: the child cites 文号 %1, but the parent&apos;s own 文号 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check: the parent&apos;s title and 文号 are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check: the parent&apos;s title is unknown and the child does not cite its 文号 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commitment word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment weakened from 确保 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both commit to the allocated target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both state the same direction only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both targets are qualitative, one allocated and one direction-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child quantifies a target the parent leaves allocated or qualitative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quantified: the child states only a direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity of the child&apos;s territory is part of the parent&apos;s total (%1% of it): compare the sum of all children in the family roll-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity of the child&apos;s territory is part of the parent&apos;s total: compare the sum of all children in the family roll-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::tables</name>
    <message>
        <source>No lead department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead departments (allowed, but responsibility is shared).</source>
        <translation>
            <numerusform>%n lead department (allowed, but responsibility is shared).</numerusform>
            <numerusform>%n lead departments (allowed, but responsibility is shared).</numerusform>
        </translation>
    </message>
    <message>
        <source>A department of another administrative level; record it as a branch office if it is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a target value: write e.g. &quot;≥ 20 (力争 22)&quot;, &quot;25左右&quot; or the qualitative wording.</source>
        <translation>Not a target value: write e.g. &quot;≥ 20 (力争 22)&quot;, &quot;25左右&quot; or the qualitative wording.</translation>
    </message>
    <message>
        <source>Contradictory comparators &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; differs from the catalogue&apos;s &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target year %1 is not a milestone of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two targets for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stretch value %2 is less ambitious than the target %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target %2 is less strict than the %3 target %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stating text (%2) does not mention %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pw::ui::ReportDialog</name>
    <message>
        <source>Issuing notice (印发通知) as the first page</source>
        <translation>Issuing notice as the first page</translation>
    </message>
    <message>
        <source>Plan text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for comment (征求意见稿)</source>
        <translation>Draft for comment</translation>
    </message>
    <message>
        <source>Main indicators (主要指标表)</source>
        <translation>Main indicators</translation>
    </message>
    <message>
        <source>Task assignments (重点任务分工表)</source>
        <translation>Task assignments</translation>
    </message>
    <message>
        <source>Major projects (重大项目表)</source>
        <translation>Major projects</translation>
    </message>
    <message>
        <source>Print and Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In parentheses after the task: （A牵头，B按职责分工负责）</source>
        <translation>In parentheses after the task: (A leads, B are responsible according to their duties)</translation>
    </message>
    <message>
        <source>Separate lines: 牵头单位 / 责任单位</source>
        <translation>Separate lines: lead department / responsible units</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressees (主送):</source>
        <translation>Addressees:</translation>
    </message>
    <message>
        <source>Official fonts are missing; the report uses substitutes:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
