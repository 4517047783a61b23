<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>pw</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>编辑正文</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <source>Set deadline</source>
        <translation>设置完成时限</translation>
    </message>
    <message>
        <source>Set tags</source>
        <translation>设置标签</translation>
    </message>
    <message>
        <source>Set lead departments</source>
        <translation>设置牵头单位</translation>
    </message>
    <message>
        <source>Set supporting departments</source>
        <translation>设置配合单位</translation>
    </message>
    <message>
        <source>Set territorial units</source>
        <translation>设置属地单位</translation>
    </message>
    <message>
        <source>Edit node</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>not a valid Planwright file: %1</source>
        <translation>不是有效的方案工坊文件：%1</translation>
    </message>
    <message>
        <source>the first entry must be &quot;mimetype&quot;</source>
        <translation>第一个条目必须是“mimetype”</translation>
    </message>
    <message>
        <source>wrong mimetype (expected %1, stored uncompressed)</source>
        <translation>mimetype 错误（应为 %1，且不压缩存储）</translation>
    </message>
    <message>
        <source>manifest.json is missing</source>
        <translation>缺少 manifest.json</translation>
    </message>
    <message>
        <source>manifest.json: formatVersion must be a positive integer</source>
        <translation>manifest.json：formatVersion 必须是正整数</translation>
    </message>
    <message>
        <source>manifest.json: formatVersion %1 is newer than this version of Planwright supports (%2)</source>
        <translation>manifest.json：格式版本 %1 高于本版方案工坊支持的版本（%2）</translation>
    </message>
    <message>
        <source>manifest.json: entries must be an array of names</source>
        <translation>manifest.json：entries 必须是名称数组</translation>
    </message>
    <message>
        <source>manifest.json lists &quot;%1&quot;, which is missing</source>
        <translation>manifest.json 列出了“%1”，但文件中没有</translation>
    </message>
    <message>
        <source>plan.json is missing</source>
        <translation>缺少 plan.json</translation>
    </message>
    <message>
        <source>ignored entry &quot;%1&quot; (not listed in the manifest)</source>
        <translation>已忽略条目“%1”（未列在清单中）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>not a zip archive, or its central directory is damaged</source>
        <translation>不是 zip 压缩包，或其中央目录已损坏</translation>
    </message>
    <message>
        <source>too many entries (%1, at most %2)</source>
        <translation>条目过多（%1 个，最多 %2 个）</translation>
    </message>
    <message>
        <source>too many entries (at most %1)</source>
        <translation>条目过多（最多 %1 个）</translation>
    </message>
    <message>
        <source>unreadable entry header</source>
        <translation>条目头无法读取</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>条目“%1”：%2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears more than once</source>
        <translation>条目“%1”重复出现</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a symbolic link</source>
        <translation>条目“%1”是符号链接</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted; encrypted files are not supported</source>
        <translation>条目“%1”已加密；不支持加密文件</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; uses unsupported compression method %2</source>
        <translation>条目“%1”使用了不支持的压缩方法 %2</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is too large</source>
        <translation>条目“%1”过大</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be opened (damaged local header)</source>
        <translation>条目“%1”无法打开（本地文件头损坏）</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is damaged</source>
        <translation>条目“%1”已损坏</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; decompresses beyond %2 bytes</source>
        <translation>条目“%1”解压后超过 %2 字节</translation>
    </message>
    <message>
        <source>archive decompresses beyond %1 bytes</source>
        <translation>压缩包解压后超过 %1 字节</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has a suspicious compression ratio</source>
        <translation>条目“%1”的压缩比可疑</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; fails its checksum (the file is damaged)</source>
        <translation>条目“%1”校验失败（文件已损坏）</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an inconsistent size</source>
        <translation>条目“%1”的大小不一致</translation>
    </message>
    <message>
        <source>folder entry &quot;%1&quot; has content</source>
        <translation>文件夹条目“%1”含有内容</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is damaged</source>
        <translation>压缩包目录已损坏</translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>name longer than %1 bytes</source>
        <translation>名称长于 %1 字节</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>绝对路径</translation>
    </message>
    <message>
        <source>backslash in name</source>
        <translation>名称中含反斜杠</translation>
    </message>
    <message>
        <source>drive letter or stream name</source>
        <translation>含盘符或流名称</translation>
    </message>
    <message>
        <source>control character in name</source>
        <translation>名称中含控制字符</translation>
    </message>
    <message>
        <source>relative path component</source>
        <translation>含相对路径成分</translation>
    </message>
    <message>
        <source>empty path component</source>
        <translation>含空路径成分</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>cannot create the archive</source>
        <translation>无法创建压缩包</translation>
    </message>
    <message>
        <source>cannot write entry &quot;%1&quot;</source>
        <translation>无法写入条目“%1”</translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation>无法完成压缩包</translation>
    </message>
    <message>
        <source>the plan cannot be saved losslessly (a value does not survive the file format)</source>
        <translation>无法无损保存方案（有值无法在文件格式中保留）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>multi-volume archives are not supported</source>
        <translation>不支持分卷压缩包</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation>不支持 ZIP64 压缩包</translation>
    </message>
    <message>
        <source>the central directory is not where the end record says (data before or inside the archive)</source>
        <translation>中央目录不在结束记录所指的位置（压缩包之前或内部有其他数据）</translation>
    </message>
    <message>
        <source>the central directory is damaged (entry %1)</source>
        <translation>中央目录已损坏（条目 %1）</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: its local header is missing</source>
        <translation>条目“%1”：缺少本地文件头</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: its local header disagrees with the central directory (inconsistent archive)</source>
        <translation>条目“%1”：本地文件头与中央目录不符（压缩包不一致）</translation>
    </message>
    <message>
        <source>the central directory has more entries than the end record says</source>
        <translation>中央目录的条目数多于结束记录所记</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; overlaps another entry (zip bomb?)</source>
        <translation>条目“%1”与其他条目重叠（疑似 ZIP 炸弹）</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1: refusing to write: it is %2, not a regular file</source>
        <translation>%1：拒绝写入：它是%2，不是普通文件</translation>
    </message>
    <message>
        <source>%1: refusing to write: it is the input file %2</source>
        <translation>%1：拒绝写入：它就是输入文件 %2</translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>未指定输入文件</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file</source>
        <translation>%1 是%2，不是普通文件</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>the plan cannot be saved because it would not open again: %1</source>
        <translation>无法保存方案，因为保存后将无法再次打开：%1</translation>
    </message>
    <message>
        <source>the file size limit of this process (ulimit -f) was reached</source>
        <translation>已达到本进程的文件大小上限（ulimit -f）</translation>
    </message>
    <message>
        <source>archive of %1</source>
        <translation>%1 的压缩包</translation>
    </message>
    <message>
        <source>data before the archive (a prefix such as a script)</source>
        <translation>压缩包之前有其他数据（如脚本前缀）</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平值</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比重</translation>
    </message>
    <message>
        <source>cumulative change</source>
        <translation>累计变化</translation>
    </message>
    <message>
        <source>annual-average change</source>
        <translation>年均变化</translation>
    </message>
    <message>
        <source>increment (新增)</source>
        <translation>新增量</translation>
    </message>
    <message>
        <source>stock (累计)</source>
        <translation>累计总量</translation>
    </message>
    <message>
        <source>Different measures: the parent states a %1, the child a %2.</source>
        <translation>口径不同：上级为%1，下级为%2。</translation>
    </message>
    <message>
        <source>the whole territory</source>
        <translation>全域</translation>
    </message>
    <message>
        <source>Different scopes: the parent covers %1, the child %2.</source>
        <translation>范围不同：上级为%1，下级为%2。</translation>
    </message>
    <message>
        <source>a single kind</source>
        <translation>单一类型</translation>
    </message>
    <message>
        <source>Different indicators: the parent counts %1, the child %2.</source>
        <translation>指标构成不同：上级为%1，下级为%2。</translation>
    </message>
</context>
<context>
    <name>pw::AssignDialog</name>
    <message numerus="yes">
        <source>Assign Department to %n Item(s)</source>
        <translation>
            <numerusform>为 %n 个条目分配部门</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead (牵头)</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Supporting (配合)</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Territorial (属地)</source>
        <translation>属地</translation>
    </message>
    <message>
        <source>Remove from the items</source>
        <translation>从这些条目中移除</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职责(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from %n item(s)</source>
        <translation>
            <numerusform>从 %n 个条目中移除%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %1 to %n item(s)</source>
        <translation>
            <numerusform>将%1分配给 %n 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::ChartsView</name>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <source>Tasks per department</source>
        <translation>各部门任务数</translation>
    </message>
    <message>
        <source>Departments shown:</source>
        <translation>显示部门数：</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Tasks per action</source>
        <translation>各行动任务数</translation>
    </message>
    <message>
        <source>Targets per year</source>
        <translation>各年份目标数</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>SVG files (*.svg)</source>
        <translation>SVG 文件 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>pw::Commands</name>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>删除 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>编辑方案属性</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n item(s)</source>
        <translation>
            <numerusform>复制 %n 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pw::CommentsPanel</name>
    <message>
        <source>Show resolved</source>
        <translation>显示已解决</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>添加意见…</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Resolve / reopen</source>
        <translation>标为已解决 / 重新打开</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加意见</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>对 %1 的意见：</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>本方案</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>对 %1 的意见</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>回复意见</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>将意见标为已解决</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>重新打开意见</translation>
    </message>
</context>
<context>
    <name>pw::CoverageChart</name>
    <message>
        <source>Coverage of the parent&apos;s tasks per action</source>
        <translation>上级方案各行动任务覆盖情况</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Parent tasks</source>
        <translation>上级任务</translation>
    </message>
</context>
<context>
    <name>pw::DepartmentChips</name>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
</context>
<context>
    <name>pw::DepartmentEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Department registry</source>
        <translation>部门名录</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>“%1” is already in the registry.</source>
        <translation>“%1”已在名录中。</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>移除部门</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is assigned %n time(s). Remove it and all its assignments?</source>
        <translation>
            <numerusform>“%1”已被分配 %n 次。要移除它及其全部分配吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge departments</source>
        <translation>合并部门</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
</context>
<context>
    <name>pw::DepartmentTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>分配次数</translation>
    </message>
</context>
<context>
    <name>pw::DepartmentTasksModel</name>
    <message>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Territorial</source>
        <translation>属地</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
</context>
<context>
    <name>pw::DepartmentView</name>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>leads %1 · supports %2 · territorial %3 · %4 task(s) in all</source>
        <translation>牵头 %1 项 · 配合 %2 项 · 属地 %3 项 · 共 %4 项任务</translation>
    </message>
</context>
<context>
    <name>pw::DisplayNames</name>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Subtask</source>
        <translation>子任务</translation>
    </message>
    <message>
        <source>National</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Draft for comment</source>
        <translation>征求意见稿</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已印发</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>派出机构</translation>
    </message>
    <message>
        <source>Territorial unit</source>
        <translation>属地单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>pw::Document</name>
    <message>
        <source>Insert node</source>
        <translation>插入条目</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Assign department</source>
        <translation>分配部门</translation>
    </message>
    <message>
        <source>Unassign department</source>
        <translation>取消部门分配</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>移除部门</translation>
    </message>
    <message>
        <source>Merge departments</source>
        <translation>合并部门</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>移动指标</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>删除项目</translation>
    </message>
</context>
<context>
    <name>pw::DocumentSession</name>
    <message>
        <source>Untitled %1</source>
        <translation>未命名 %1</translation>
    </message>
</context>
<context>
    <name>pw::FindingsModel</name>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Stricter</source>
        <translation>严于上级</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>与上级一致</translation>
    </message>
    <message>
        <source>Looser: needs allocation evidence</source>
        <translation>低于上级：需说明分解依据</translation>
    </message>
    <message>
        <source>Qualitative only: not quantified</source>
        <translation>仅定性表述：未量化</translation>
    </message>
    <message>
        <source>Missing in child</source>
        <translation>下级缺失</translation>
    </message>
    <message>
        <source>Unit mismatch</source>
        <translation>单位不一致</translation>
    </message>
    <message>
        <source>Base-year mismatch</source>
        <translation>基准年不一致</translation>
    </message>
    <message>
        <source>Commitment weakened</source>
        <translation>约束减弱</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>任务覆盖</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>文件引用</translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation> （必须落实）</translation>
    </message>
    <message>
        <source>best match %1%2 (%3)</source>
        <translation>最佳匹配 %1%2（%3）</translation>
    </message>
    <message>
        <source>parent %1; child %2</source>
        <translation>上级 %1；下级 %2</translation>
    </message>
    <message>
        <source>Headline indicator absent</source>
        <translation>缺少主要指标</translation>
    </message>
    <message>
        <source>Parent-level lead</source>
        <translation>由上级部门牵头</translation>
    </message>
    <message>
        <source>Parent-level unit</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>No lead department</source>
        <translation>无牵头单位</translation>
    </message>
    <message>
        <source>Should be a branch office</source>
        <translation>应为派出机构</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Citation issue</source>
        <translation>引用问题</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审查发现</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Child quantifies the parent&apos;s qualitative target</source>
        <translation>下级量化了上级定性目标</translation>
    </message>
    <message>
        <source>Cannot check</source>
        <translation>无法核对</translation>
    </message>
    <message>
        <source>Parent says</source>
        <translation>上级原文</translation>
    </message>
    <message>
        <source>Child says</source>
        <translation>下级原文</translation>
    </message>
</context>
<context>
    <name>pw::IndicatorCategory</name>
    <message>
        <source>综合</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>能源</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>工业</source>
        <translation>工业</translation>
    </message>
    <message>
        <source>建筑</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>交通</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>循环</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>碳汇</source>
        <translation>碳汇</translation>
    </message>
    <message>
        <source>环境</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>产业</source>
        <translation>产业</translation>
    </message>
</context>
<context>
    <name>pw::LibrarySettingsDialog</name>
    <message>
        <source>Library Password</source>
        <translation>方案库密码</translation>
    </message>
    <message>
        <source>Password for %1 (kept only until Planwright quits):</source>
        <translation>%1 的密码（仅保留到方案工坊退出）：</translation>
    </message>
    <message>
        <source>Library Location</source>
        <translation>方案库位置</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>本机 SQLite 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PostgreSQL server shared by an office</source>
        <translation>单位共享的 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>optional, e.g. planwright</source>
        <translation>可选，如 planwright</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>模式（schema）：</translation>
    </message>
    <message>
        <source>The password is taken from the PGPASSWORD environment variable or asked when the server needs it. It is never saved.</source>
        <translation>密码取自环境变量 PGPASSWORD，或在服务器需要时询问，从不保存。</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Library File</source>
        <translation>方案库文件</translation>
    </message>
    <message>
        <source>SQLite library (*.sqlite *.db)</source>
        <translation>SQLite 方案库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host and the database.</source>
        <translation>请填写服务器主机和数据库。</translation>
    </message>
    <message>
        <source>A schema name may use only a–z, 0–9 and _, and may not start with a digit.</source>
        <translation>模式名只能使用 a–z、0–9 和 _，且不能以数字开头。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n plan(s) in the library.</source>
        <translation>
            <numerusform>已连接：方案库中有 %n 个方案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>pw::LibraryWindow</name>
    <message>
        <source>National</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Add Plans</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>Plans and plan documents (*.pwplan *.txt *.docx *.html *.htm)</source>
        <translation>方案及方案文档 (*.pwplan *.txt *.docx *.html *.htm)</translation>
    </message>
    <message>
        <source>Add a Folder of Plans</source>
        <translation>添加方案文件夹</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>方案库：%1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>方案库</translation>
    </message>
    <message>
        <source>Plan Library</source>
        <translation>方案库</translation>
    </message>
    <message>
        <source>Add Plans…</source>
        <translation>添加方案…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>方案体系</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Filter plans by title, issuer, region…</source>
        <translation>按标题、发文机关、地区筛选方案…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
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
        <source>Parent</source>
        <translation>上级方案</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Review Against Parent</source>
        <translation>对照上级方案审查</translation>
    </message>
    <message>
        <source>Search tasks and titles, e.g. 屋顶光伏</source>
        <translation>检索任务和标题，如“屋顶光伏”</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 removed.</source>
        <translation>新增 %1 个，更新 %2 个，未变 %3 个，移除 %4 个。</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n children)</source>
        <translation>
            <numerusform>%1（%n 个下级方案）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found.</source>
        <translation>
            <numerusform>找到 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2年（%3）</translation>
    </message>
    <message>
        <source>Sum of children</source>
        <translation>下级合计</translation>
    </message>
    <message>
        <source>Export Roll-up</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <source>Plan files changed on disk; updating the library…</source>
        <translation>磁盘上的方案文件已变化，正在更新方案库…</translation>
    </message>
    <message>
        <source>Location…</source>
        <translation>位置…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;CSV files (*.csv)</source>
        <translation>PDF (*.pdf);;Word 文档 (*.docx);;OpenDocument 文本 (*.odt);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The roll-up was saved as %1.</source>
        <translation>汇总已保存为 %1。</translation>
    </message>
    <message>
        <source>The roll-up could not be written: %1</source>
        <translation>无法写入汇总：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The roll-up could not be printed: %1</source>
        <translation>无法打印汇总：%1</translation>
    </message>
</context>
<context>
    <name>pw::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter Outline…</source>
        <translation>筛选大纲(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>大纲(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Autosave Interval…</source>
        <translation>自动保存间隔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Planwright</source>
        <translation>关于方案工坊(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;原始状态&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Open plans</source>
        <translation>已打开的方案</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>Planwright</source>
        <translation>方案工坊</translation>
    </message>
    <message>
        <source>Actions: %1   Tasks: %2   Without lead: %3</source>
        <translation>行动：%1   任务：%2   无牵头单位：%3</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>About Planwright</source>
        <translation>关于方案工坊</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Planwright %1&lt;/h3&gt;&lt;p&gt;Authoring and review of local climate plans (碳达峰实施方案).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;方案工坊 %1&lt;/h3&gt;&lt;p&gt;编制和审查地方气候方案（碳达峰实施方案）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>无法打开方案</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <source>Planwright plans (*.pwplan)</source>
        <translation>方案工坊文件 (*.pwplan)</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Cannot save plan</source>
        <translation>无法保存方案</translation>
    </message>
    <message>
        <source>%1 is open in another tab. Close it first.</source>
        <translation>%1 已在另一个标签页中打开，请先关闭它。</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it. Overwrite it with your version?</source>
        <translation>自您打开后，%1 已被其他程序修改。要用您的版本覆盖它吗？</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>Save recovery files every (seconds):</source>
        <translation>每隔多少秒保存恢复文件：</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>未命名方案</translation>
    </message>
    <message>
        <source>• %1 (autosaved %2)</source>
        <translation>• %1（自动保存于 %2）</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Planwright was not closed properly. Unsaved work was found:
%1</source>
        <translation>方案工坊上次未正常关闭。发现未保存的工作：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery file(s) are damaged and cannot be opened; they were skipped.</source>
        <translation>
            <numerusform>%n 个恢复文件已损坏，无法打开，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>&amp;Import Document…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <source>Cannot import document</source>
        <translation>无法导入文档</translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>无法导入 %1：
%2</translation>
    </message>
    <message>
        <source>Imported %1: %2 items, %3 departments, %4 targets, %5 warnings</source>
        <translation>已导入 %1：%2 个条目，%3 个部门，%4 个目标，%5 条警告</translation>
    </message>
    <message>
        <source>Import plan document</source>
        <translation>导入方案文档</translation>
    </message>
    <message>
        <source>&amp;Print or Export Report…</source>
        <translation>打印或导出报告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审查(&amp;R)</translation>
    </message>
    <message>
        <source>Compare with &amp;Parent Plan…</source>
        <translation>与上级方案比对(&amp;P)…</translation>
    </message>
    <message>
        <source>Tables and Charts</source>
        <translation>表格与图表</translation>
    </message>
    <message>
        <source>Another plan file…</source>
        <translation>其他方案文件…</translation>
    </message>
    <message>
        <source>Compare with Parent Plan</source>
        <translation>与上级方案比对</translation>
    </message>
    <message>
        <source>Parent plan of “%1”:</source>
        <translation>“%1”的上级方案：</translation>
    </message>
    <message>
        <source>Parent plan</source>
        <translation>上级方案</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>%1: %2 items, %3 departments, %4 targets imported; %5 warnings.</source>
        <translation>%1：已导入 %2 个条目、%3 个部门、%4 个目标；%5 条警告。</translation>
    </message>
    <message>
        <source>%1 (linked parent, from its file)</source>
        <translation>%1（已关联的上级方案，从文件打开）</translation>
    </message>
    <message>
        <source>%1 (linked parent)</source>
        <translation>%1（已关联的上级方案）</translation>
    </message>
    <message>
        <source>Plan documents (*.txt *.docx *.html *.htm *.pdf)</source>
        <translation>方案文档 (*.txt *.docx *.html *.htm *.pdf)</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>方案库(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>pw::MatchPanel</name>
    <message>
        <source>&amp;Confirm match</source>
        <translation>确认匹配(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reject match</source>
        <translation>拒绝匹配(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add selected child node</source>
        <translation>添加所选下级条目(&amp;A)</translation>
    </message>
    <message>
        <source>Not &amp;applicable…</source>
        <translation>不适用(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;lear decisions</source>
        <translation>清除审查决定(&amp;L)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Why does this task not apply to the child plan?</source>
        <translation>为什么该任务不适用于下级方案？</translation>
    </message>
    <message>
        <source>Select a task of the parent plan to see the child nodes that cover it.</source>
        <translation>选择上级方案中的一项任务，查看覆盖该任务的下级条目。</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>匹配度 %1</translation>
    </message>
    <message>
        <source>Mandatory: %1</source>
        <translation>必须落实：%1</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>pw::MetadataEditor</name>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>发文机关(&amp;I)</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>文号(&amp;N)</translation>
    </message>
    <message>
        <source>Issue &amp;date</source>
        <translation>印发日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>层级(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Parent plans</source>
        <translation>上级方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Milestone years</source>
        <translation>节点年份(&amp;M)</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>方案标题</translation>
    </message>
    <message>
        <source>e.g. 石政发〔2023〕5号</source>
        <translation>例如 石政发〔2023〕5号</translation>
    </message>
    <message>
        <source>One parent plan per line: title | document number</source>
        <translation>每行一个上级方案：标题 | 文号</translation>
    </message>
    <message>
        <source>e.g. 2025, 2030</source>
        <translation>例如 2025, 2030</translation>
    </message>
    <message>
        <source>The plan has an issue date</source>
        <translation>方案有印发日期</translation>
    </message>
    <message>
        <source>&amp;Closing</source>
        <translation>结束语(&amp;C)</translation>
    </message>
    <message>
        <source>Printed after the last item, e.g. 本方案自发布之日起施行。</source>
        <translation>印在最后一项之后，如：本方案自发布之日起施行。</translation>
    </message>
</context>
<context>
    <name>pw::NodeEditor</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>正文(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>牵头(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Supporting</source>
        <translation>配合(&amp;S)</translation>
    </message>
    <message>
        <source>Te&amp;rritorial</source>
        <translation>属地(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>完成时限(&amp;D)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Lead departments</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>牵头 departments, separated by 、</source>
        <translation>牵头单位，以“、”分隔</translation>
    </message>
    <message>
        <source>Supporting departments</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>配合 departments, separated by 、</source>
        <translation>配合单位，以“、”分隔</translation>
    </message>
    <message>
        <source>Territorial units</source>
        <translation>属地单位</translation>
    </message>
    <message>
        <source>属地 units, separated by 、</source>
        <translation>属地单位，以“、”分隔</translation>
    </message>
    <message>
        <source>e.g. 2025年底前, 长期坚持</source>
        <translation>例如 2025年底前、长期坚持</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，以逗号分隔</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>New departments</source>
        <translation>新部门</translation>
    </message>
    <message>
        <source>These names are not in the department registry:
%1

Add them to the registry?</source>
        <translation>以下名称不在部门名录中：
%1

要将它们添加到名录吗？</translation>
    </message>
    <message>
        <source>Assign departments</source>
        <translation>分配部门</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Double-click a year or a target value to edit it, e.g. ≥5 or 完成省下达目标</source>
        <translation>双击年份或目标值即可编辑，例如 ≥5 或 完成省下达目标</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Indicator (pick one or type a new name):</source>
        <translation>指标（选择已有指标或输入新名称）：</translation>
    </message>
    <message>
        <source>&amp;New Target…</source>
        <translation>新建目标(&amp;N)…</translation>
    </message>
    <message>
        <source>Source (page %1)</source>
        <translation>原文（第%1页）</translation>
    </message>
</context>
<context>
    <name>pw::OutlineView</name>
    <message>
        <source>&amp;Insert Item</source>
        <translation>插入条目(&amp;I)</translation>
    </message>
    <message>
        <source>Insert &amp;Child Item</source>
        <translation>插入子条目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>I&amp;ndent</source>
        <translation>降级(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>升级(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy Items</source>
        <translation>复制条目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste Items</source>
        <translation>粘贴条目(&amp;P)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新%1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>创建 %n 个条目的副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) up</source>
        <translation>
            <numerusform>上移 %n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) down</source>
        <translation>
            <numerusform>下移 %n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indent %n item(s)</source>
        <translation>
            <numerusform>降级 %n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outdent %n item(s)</source>
        <translation>
            <numerusform>升级 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Assign Department…</source>
        <translation>分配部门(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n 个章节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1%2”</source>
        <translation>“%1%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 with %2?</source>
        <translation>删除%1及其下的%2？</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings everything back.</source>
        <translation>可用“编辑 ▸ 撤销”全部恢复。</translation>
    </message>
</context>
<context>
    <name>pw::PlanEditor</name>
    <message>
        <source>Filter outline by title or text (Ctrl+F)</source>
        <translation>按标题或正文筛选大纲（Ctrl+F）</translation>
    </message>
    <message>
        <source>Outline filter</source>
        <translation>大纲筛选</translation>
    </message>
    <message>
        <source>Plan outline</source>
        <translation>方案大纲</translation>
    </message>
    <message>
        <source>This plan is open in another Planwright window, so it is read-only here. Edits made here cannot be saved over the other window&apos;s file, only under another name.</source>
        <translation>此方案已在另一个方案工坊窗口中打开，因此这里为只读。在这里所做的修改不能保存到另一窗口的文件上，只能另存为其他名称。</translation>
    </message>
</context>
<context>
    <name>pw::PlanTemplates</name>
    <message>
        <source>Blank plan</source>
        <translation>空白方案</translation>
    </message>
    <message>
        <source>National plan (ten actions)</source>
        <translation>国家方案（十大行动）</translation>
    </message>
    <message>
        <source>Province plan</source>
        <translation>省级方案</translation>
    </message>
    <message>
        <source>City plan</source>
        <translation>市级方案</translation>
    </message>
    <message>
        <source>County or district plan</source>
        <translation>县（区）级方案</translation>
    </message>
</context>
<context>
    <name>pw::PlanTreeModel</name>
    <message>
        <source>No lead department assigned</source>
        <translation>未指定牵头单位</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>移动 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>pw::PlanViewsPanel</name>
    <message>
        <source>Tables and charts</source>
        <translation>表格与图表</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Responsibility Matrix</source>
        <translation>责任矩阵</translation>
    </message>
    <message>
        <source>Task Division</source>
        <translation>任务分工</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>pw::ReadOnlyBar</name>
    <message>
        <source>Edit Anyway</source>
        <translation>仍要编辑</translation>
    </message>
</context>
<context>
    <name>pw::ResponsibilityChecksPanel</name>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Tasks without lead</source>
        <translation>无牵头单位的任务</translation>
    </message>
    <message>
        <source>Tasks with several leads</source>
        <translation>有多个牵头单位的任务</translation>
    </message>
    <message>
        <source>Departments used in no task</source>
        <translation>未承担任何任务的部门</translation>
    </message>
    <message>
        <source>Departments of another level</source>
        <translation>其他层级的部门</translation>
    </message>
    <message>
        <source>Near-duplicate names</source>
        <translation>名称相近的部门</translation>
    </message>
    <message>
        <source>Merge keeps &quot;%1&quot; and records &quot;%2&quot; as its alias.</source>
        <translation>合并后保留“%1”，并将“%2”记为其别名。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>pw::ResponsibilityMatrixModel</name>
    <message>
        <source>%1 lead, %2 supporting</source>
        <translation>牵头 %1 个，配合 %2 个</translation>
    </message>
    <message>
        <source>Assign departments</source>
        <translation>分配部门</translation>
    </message>
    <message>
        <source>Unassign departments</source>
        <translation>取消部门分配</translation>
    </message>
    <message>
        <source>Lead/
support</source>
        <translation>牵头/
配合</translation>
    </message>
    <message>
        <source>Per task: number of lead / supporting departments</source>
        <translation>每项任务的牵头单位数 / 配合单位数</translation>
    </message>
    <message>
        <source>Used in no task.</source>
        <translation>未承担任何任务。</translation>
    </message>
    <message>
        <source>%1
lead %2 · support %3 · territorial %4</source>
        <translation>%1
牵头 %2 · 配合 %3 · 属地 %4</translation>
    </message>
</context>
<context>
    <name>pw::ResponsibilityMatrixView</name>
    <message>
        <source>Order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>by load</source>
        <translation>按任务量</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>Re-sort</source>
        <translation>重新排序</translation>
    </message>
    <message>
        <source>Columns keep their place while you edit; re-sort applies the current loads.</source>
        <translation>编辑时各列位置保持不变；重新排序将按当前任务量排列。</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Branch offices</source>
        <translation>派出机构</translation>
    </message>
    <message>
        <source>Territorial units</source>
        <translation>属地单位</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Make the selected departments lead (L)</source>
        <translation>将所选部门设为牵头单位 (L)</translation>
    </message>
    <message>
        <source>Make the selected departments supporting (S)</source>
        <translation>将所选部门设为配合单位 (S)</translation>
    </message>
    <message>
        <source>Make the selected units territorially responsible (T)</source>
        <translation>将所选单位设为属地责任单位 (T)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the selected assignments (Delete)</source>
        <translation>移除所选分配 (Delete)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export responsibility matrix</source>
        <translation>导出责任矩阵</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
</context>
<context>
    <name>pw::ReviewTreeProxy</name>
    <message>
        <source>covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>partly covered</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1（匹配度 %2）</translation>
    </message>
    <message>
        <source>Mandatory: %1</source>
        <translation>必须落实：%1</translation>
    </message>
    <message>
        <source>Matches the selected parent task (score %1)</source>
        <translation>与所选上级任务匹配（匹配度 %1）</translation>
    </message>
</context>
<context>
    <name>pw::ReviewWindow</name>
    <message>
        <source>Review: %1 ← %2</source>
        <translation>审查：%1 ← %2</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审查(&amp;R)</translation>
    </message>
    <message>
        <source>Back to &amp;Editor</source>
        <translation>返回编辑器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation>关闭审查(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pw::ReviewWorkspace</name>
    <message>
        <source>&lt;b&gt;Parent plan&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;上级方案&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan under review&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;被审查方案&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部审查发现</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅问题</translation>
    </message>
    <message>
        <source>Problems and checks</source>
        <translation>问题和待核实项</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>下级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>Counterpart in the child</source>
        <translation>下级对应单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Task match</source>
        <translation>任务匹配</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>审查发现</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Coverage chart</source>
        <translation>覆盖情况图</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>对应单位</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比对…</translation>
    </message>
    <message>
        <source>Clear review decisions</source>
        <translation>清除审查决定</translation>
    </message>
    <message>
        <source>Edit department counterpart</source>
        <translation>编辑对应单位</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>确认匹配</translation>
    </message>
    <message>
        <source>Reject match</source>
        <translation>拒绝匹配</translation>
    </message>
    <message>
        <source>Add match</source>
        <translation>添加匹配</translation>
    </message>
    <message>
        <source>Mark task not applicable</source>
        <translation>将任务标记为不适用</translation>
    </message>
    <message>
        <source>Coverage &lt;b&gt;%1%&lt;/b&gt; of %2 parent tasks (%3 covered, %4 partly, %5 not covered, %6 n/a) · mandatory not covered: &lt;b&gt;%7&lt;/b&gt; · targets looser: %8, missing: %9 · department issues: %10 · citation issues: %11</source>
        <translation>上级任务 %2 项，覆盖率 &lt;b&gt;%1%&lt;/b&gt;（已覆盖 %3 项，部分覆盖 %4 项，未覆盖 %5 项，不适用 %6 项）· 必须落实但未覆盖：&lt;b&gt;%7&lt;/b&gt; · 目标低于上级：%8，缺失：%9 · 部门问题：%10 · 引用问题：%11</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <source>rule (branch office)</source>
        <translation>规则（派出机构）</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>上级：%1</translation>
    </message>
    <message>
        <source>The plan under review is open in another Planwright window, so it is read-only here: decisions, comments and counterparts cannot be recorded in it.</source>
        <translation>受审方案已在另一个方案工坊窗口中打开，此处为只读：无法在其中记录决定、意见和对口部门。</translation>
    </message>
    <message>
        <source>library: recorded in %1</source>
        <translation>方案库：录自%1</translation>
    </message>
</context>
<context>
    <name>pw::StructureChartModel</name>
    <message>
        <source>(outside actions)</source>
        <translation>（行动之外）</translation>
    </message>
    <message>
        <source>Tasks not under an action</source>
        <translation>未归入行动的任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>pw::TableClipboard</name>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>pw::TargetChartView</name>
    <message>
        <source>No indicator selected</source>
        <translation>未选择指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Stretch (力争)</source>
        <translation>力争值</translation>
    </message>
    <message>
        <source>Parent plan</source>
        <translation>上级方案</translation>
    </message>
</context>
<context>
    <name>pw::TargetTableModel</name>
    <message>
        <source>Double-click to show the stating text</source>
        <translation>双击显示原文表述</translation>
    </message>
    <message>
        <source>Catalogue unit: %1</source>
        <translation>指标目录单位：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>An indicator needs a name.</source>
        <translation>指标必须有名称。</translation>
    </message>
    <message>
        <source>Binding is 约束性, 预期性 or empty.</source>
        <translation>属性应为约束性、预期性或留空。</translation>
    </message>
    <message>
        <source>Direction is 提高, 下降 or empty.</source>
        <translation>方向应为提高、下降或留空。</translation>
    </message>
    <message>
        <source>Enter a milestone value first.</source>
        <translation>请先输入节点年份的目标值。</translation>
    </message>
    <message>
        <source>The base year must be a year before the first milestone (%1).</source>
        <translation>基准年必须早于第一个节点年份（%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Commitment is 确保, 力争 or empty.</source>
        <translation>力度应为确保、力争或留空。</translation>
    </message>
    <message>
        <source>Edit targets of %1</source>
        <translation>编辑 %1 的目标</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>力度</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分解</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Change vs baseline</source>
        <translation>较基期变化</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>pw::TargetTableView</name>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Group by category</source>
        <translation>按类别分组</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export target table</source>
        <translation>导出目标表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>The plan already has &quot;%1&quot;.</source>
        <translation>方案中已有“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n indicator(s)</source>
        <translation>
            <numerusform>删除 %n 个指标</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cell(s) pasted, %2 refused.</source>
        <translation>已粘贴 %1 个单元格，拒绝 %2 个。</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>%1 indicator(s), %2 target(s), %3 warning(s)</source>
        <translation>%1 个指标，%2 个目标，%3 条警告</translation>
    </message>
</context>
<context>
    <name>pw::TaskDivisionView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export task division table</source>
        <translation>导出任务分工表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
</context>
<context>
    <name>pw::WorkloadChartModel</name>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>其他（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead (牵头)</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Support (配合/属地)</source>
        <translation>配合/属地</translation>
    </message>
</context>
<context>
    <name>pw::charts</name>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>pw::cli</name>
    <message>
        <source>%1: %2 nodes, %3 departments, %4 targets, %5 warnings%6
</source>
        <translation>%1：%2 个条目，%3 个部门，%4 个目标，%5 条警告%6
</translation>
    </message>
    <message>
        <source>responsibility matrix of %1 tasks × %2 departments (--division prints one row per task)</source>
        <translation>%1 项任务 × %2 个部门的责任矩阵（--division 每项任务输出一行）</translation>
    </message>
    <message>
        <source>%1 cells</source>
        <translation>%1 个单元格</translation>
    </message>
</context>
<context>
    <name>pw::import</name>
    <message>
        <source>not a readable .docx: %1</source>
        <translation>不是可读取的 .docx 文件：%1</translation>
    </message>
    <message>
        <source>not a .docx: word/document.xml is missing</source>
        <translation>不是 .docx 文件：缺少 word/document.xml</translation>
    </message>
    <message>
        <source>word/document.xml contains a DTD; refused</source>
        <translation>word/document.xml 含有 DTD，已拒绝</translation>
    </message>
    <message>
        <source>word/document.xml holds too much text</source>
        <translation>word/document.xml 文字过多</translation>
    </message>
    <message>
        <source>word/document.xml is not well-formed XML (line %1): %2</source>
        <translation>word/document.xml 不是格式正确的 XML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>文档中没有文字</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3, %4 characters)
</source>
        <translation>已导入 %1（%2，%3，%4 个字符）
</translation>
    </message>
    <message>
        <source>%1 nodes (%2 tasks), %3 departments, %4 assignments, %5 indicators, %6 targets, %7 tables, %8 projects
</source>
        <translation>%1 个条目（%2 项任务），%3 个部门，%4 处分工，%5 个指标，%6 个目标，%7 张表格，%8 个项目
</translation>
    </message>
    <message>
        <source>%1 warnings, %2 notes
</source>
        <translation>%1 条警告，%2 条提示
</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>UTF-32 text is not supported; save the file as UTF-8</source>
        <translation>不支持 UTF-32 文本；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 text with an odd number of bytes</source>
        <translation>UTF-16 文本的字节数为奇数</translation>
    </message>
    <message>
        <source>invalid UTF-16 (unpaired surrogate) at byte %1</source>
        <translation>第 %1 字节处 UTF-16 无效（代理项不成对）</translation>
    </message>
    <message>
        <source>NUL character at byte %1: this is not a text file</source>
        <translation>第 %1 字节处有 NUL 字符：这不是文本文件</translation>
    </message>
    <message>
        <source>NUL bytes from byte %1: looks like UTF-16 without a byte-order mark; save it as UTF-8 or UTF-16 with BOM</source>
        <translation>从第 %1 字节起有 NUL 字节：像是不带字节顺序标记的 UTF-16；请另存为 UTF-8 或带 BOM 的 UTF-16</translation>
    </message>
    <message>
        <source>NUL byte at byte %1: this is a binary file, not text</source>
        <translation>第 %1 字节处有 NUL 字节：这是二进制文件，不是文本</translation>
    </message>
    <message>
        <source>control byte 0x%1 at byte %2: this is a binary file, not text</source>
        <translation>第 %2 字节处有控制字节 0x%1：这是二进制文件，不是文本</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1 at byte %2 after valid UTF-8 text (mixed encodings?)</source>
        <translation>有效的 UTF-8 文本之后，第 %2 字节处出现无效的 UTF-8 字节 0x%1（混用了编码？）</translation>
    </message>
    <message>
        <source>byte 0x%1 at byte %2 is neither UTF-8 nor GB18030</source>
        <translation>第 %2 字节处的字节 0x%1 既不是 UTF-8 也不是 GB18030</translation>
    </message>
    <message>
        <source>the text is not UTF-8 and this build cannot decode GB18030</source>
        <translation>文本不是 UTF-8，且此版本无法解码 GB18030</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor valid GB18030</source>
        <translation>文本既不是 UTF-8 也不是有效的 GB18030</translation>
    </message>
    <message>
        <source>Cleaned: %1 page markers, %2 Word bookmarks, %3 pinyin annotations, %4 paragraph breaks restored, %5 wrapped lines joined
</source>
        <translation>已清理：%1 处页码标记，%2 处 Word 书签，%3 处拼音注音，恢复 %4 处段落分隔，合并 %5 处折行
</translation>
    </message>
    <message>
        <source>the file is not a PDF (no %PDF header)</source>
        <translation>该文件不是 PDF（没有 %PDF 文件头）</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF 已损坏，无法读取</translation>
    </message>
    <message>
        <source>the PDF is encrypted with a password; decrypt it first</source>
        <translation>PDF 已用密码加密，请先解密</translation>
    </message>
    <message>
        <source>the PDF is damaged: it has no pages</source>
        <translation>PDF 已损坏：没有页面</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; at most %2 are imported</source>
        <translation>PDF 共 %1 页，最多只能导入 %2 页</translation>
    </message>
    <message>
        <source>reading the PDF took longer than %1 s; it is too large or too complex</source>
        <translation>读取 PDF 超过 %1 秒，文件过大或过于复杂</translation>
    </message>
    <message>
        <source>the PDF&apos;s text is longer than %1 million characters</source>
        <translation>PDF 的文字超过 %1 百万字</translation>
    </message>
    <message>
        <source>this PDF has no text layer; OCR it first</source>
        <translation>此 PDF 没有文字层，请先进行 OCR 文字识别</translation>
    </message>
    <message>
        <source>a dated number that states a fact (截至…, 已…, …为…), not a goal; not imported as a target</source>
        <translation>带年份的数字陈述的是事实（截至…、已…、…为…），不是目标；未作为目标导入</translation>
    </message>
    <message>
        <source>a dated sum of money invested or granted; not imported as a target</source>
        <translation>带年份的投资或补助金额；未作为目标导入</translation>
    </message>
    <message>
        <source>a dated count of projects or actions carried out; not imported as a target</source>
        <translation>带年份的项目或行动实施数量；未作为目标导入</translation>
    </message>
    <message>
        <source>more headings than a plan can hold</source>
        <translation>标题数超过方案所能容纳的数量</translation>
    </message>
</context>
<context>
    <name>pw::import::Builder</name>
    <message>
        <source>(unnamed indicator)</source>
        <translation>（未命名指标）</translation>
    </message>
    <message>
        <source>a number that looks like a target has no year; not imported as a target</source>
        <translation>一个像目标的数字没有年份，未作为目标导入</translation>
    </message>
    <message>
        <source>table with no indicator values that could be read</source>
        <translation>表格中没有可读取的指标值</translation>
    </message>
    <message>
        <source>table cells that are not numbers under the header&apos;s columns</source>
        <translation>表头各列下有非数字的单元格</translation>
    </message>
    <message>
        <source>task without a department while its neighbours have one</source>
        <translation>相邻任务都有责任单位，此任务却没有</translation>
    </message>
    <message>
        <source>web page furniture skipped</source>
        <translation>已跳过网页页面元素</translation>
    </message>
    <message>
        <source>the same target stated again; imported once</source>
        <translation>同一目标再次出现；只导入一次</translation>
    </message>
    <message>
        <source>no numbered headings found; %1 paragraphs imported as a flat outline</source>
        <translation>未找到编号标题；%1 段导入为平铺大纲</translation>
    </message>
    <message>
        <source>%1 paragraphs before the first heading (notice, title, preamble) used for the metadata and targets</source>
        <translation>第一个标题之前的 %1 段（通知、标题、导语）用于元数据和目标</translation>
    </message>
    <message>
        <source>%1 of %2 tasks have no lead department (牵头单位): assign one to each (select the tasks and press Ctrl+Shift+A, or press L in the responsibility matrix); they are marked red in the outline</source>
        <translation>%2 项任务中有 %1 项没有牵头单位：请逐项指定（选中任务后按 Ctrl+Shift+A，或在责任矩阵中按 L）；这些任务在大纲中以红色标出</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>departments named in one assignment</source>
        <translation>一处分工中列出的部门</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>a number in a section on the current situation (发展基础, 现状…), not a goal; not imported as a target</source>
        <translation>现状部分（发展基础、现状…）中的数值，不是目标；未作为目标导入</translation>
    </message>
</context>
<context>
    <name>pw::library</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>larger than 256 MiB</source>
        <translation>大于 256 MiB</translation>
    </message>
    <message>
        <source>the library path is empty</source>
        <translation>方案库路径为空</translation>
    </message>
    <message>
        <source>not a valid postgresql:// URL</source>
        <translation>不是有效的 postgresql:// 地址</translation>
    </message>
    <message>
        <source>put the password in PGPASSWORD, not in the URL</source>
        <translation>请将密码放在 PGPASSWORD 环境变量中，不要写在地址里</translation>
    </message>
    <message>
        <source>the postgresql:// URL names no database</source>
        <translation>postgresql:// 地址中未指定数据库</translation>
    </message>
    <message>
        <source>schema names may use only a-z, 0-9 and _</source>
        <translation>模式名只能使用 a-z、0-9 和 _</translation>
    </message>
    <message>
        <source>the library is in use by another program (%1); try again when it has finished</source>
        <translation>方案库正被其他程序使用（%1），请稍后再试</translation>
    </message>
    <message>
        <source>the library could not be written, is the disk full? (%1); no plan file was changed</source>
        <translation>无法写入方案库，磁盘是否已满？（%1）方案文件均未改动</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>完整性检查无结果</translation>
    </message>
    <message>
        <source>the library is damaged (%1) and cannot be moved aside</source>
        <translation>方案库已损坏（%1），且无法移走</translation>
    </message>
    <message numerus="yes">
        <source>The library was damaged (%1). It was moved to %2 and rebuilt from %n plan file(s).</source>
        <translation>
            <numerusform>方案库已损坏（%1），已移至 %2，并根据 %n 个方案文件重建。</numerusform>
        </translation>
    </message>
    <message>
        <source>no plan in the library is %1</source>
        <translation>方案库中没有方案 %1</translation>
    </message>
    <message>
        <source>an indicator needs a name</source>
        <translation>指标需要名称</translation>
    </message>
    <message>
        <source>the library has schema version %1; this Planwright knows up to %2</source>
        <translation>方案库的结构版本为 %1，本版方案工坊最高支持 %2</translation>
    </message>
    <message>
        <source>the search text is longer than %1 characters</source>
        <translation>检索内容超过 %1 个字符</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>上级：%1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sum of children</source>
        <translation>下级合计</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>下级</translation>
    </message>
    <message>
        <source>Mandatory parent tasks</source>
        <translation>上级必须落实的任务</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>Coverage of all parent tasks (%)</source>
        <translation>上级全部任务覆盖率（%）</translation>
    </message>
</context>
<context>
    <name>pw::limits</name>
    <message>
        <source>too large: %1, limit %2</source>
        <translation>过大：%1，上限 %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>pw::report</name>
    <message>
        <source>（力争%1）</source>
        <translation>（力争%1）</translation>
    </message>
    <message>
        <source>各省、自治区、直辖市人民政府，国务院各部委、各直属机构</source>
        <translation>各省、自治区、直辖市人民政府，国务院各部委、各直属机构</translation>
    </message>
    <message>
        <source>各市州、县市区人民政府，省政府各厅委、各直属机构</source>
        <translation>各市州、县市区人民政府，省政府各厅委、各直属机构</translation>
    </message>
    <message>
        <source>各县市区人民政府，市政府各局委办、各直属事业单位</source>
        <translation>各县市区人民政府，市政府各局委办、各直属事业单位</translation>
    </message>
    <message>
        <source>各乡镇人民政府、街道办事处，县直有关单位</source>
        <translation>各乡镇人民政府、街道办事处，县直有关单位</translation>
    </message>
    <message>
        <source>各有关单位</source>
        <translation>各有关单位</translation>
    </message>
    <message>
        <source>（</source>
        <translation>（</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>牵头</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>按职责分工负责</source>
        <translation>按职责分工负责</translation>
    </message>
    <message>
        <source>）</source>
        <translation>）</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>基期值</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>属性</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>%1（%2年）</source>
        <translation>%1（%2年）</translation>
    </message>
    <message>
        <source>约束性</source>
        <translation>约束性</translation>
    </message>
    <message>
        <source>预期性</source>
        <translation>预期性</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>重点任务</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>建设规模</source>
        <translation>建设规模</translation>
    </message>
    <message>
        <source>总投资</source>
        <translation>总投资</translation>
    </message>
    <message>
        <source>建设年限</source>
        <translation>建设年限</translation>
    </message>
    <message>
        <source>亿元</source>
        <translation>亿元</translation>
    </message>
    <message>
        <source>%1—%2年</source>
        <translation>%1—%2年</translation>
    </message>
    <message>
        <source>全文</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>（已删除的条目）</source>
        <translation>（已删除的条目）</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>（未知单位）</source>
        <translation>（未知单位）</translation>
    </message>
    <message>
        <source>目标：%1（%2年）</source>
        <translation>目标：%1（%2年）</translation>
    </message>
    <message>
        <source>（已删除的目标）</source>
        <translation>（已删除的目标）</translation>
    </message>
    <message>
        <source>已覆盖</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>部分覆盖</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>未覆盖</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>严于上级</source>
        <translation>严于上级</translation>
    </message>
    <message>
        <source>与上级一致</source>
        <translation>与上级一致</translation>
    </message>
    <message>
        <source>低于上级，需说明分解依据</source>
        <translation>低于上级，需说明分解依据</translation>
    </message>
    <message>
        <source>仅定性表述</source>
        <translation>仅定性表述</translation>
    </message>
    <message>
        <source>下级缺失</source>
        <translation>下级缺失</translation>
    </message>
    <message>
        <source>单位不一致</source>
        <translation>单位不一致</translation>
    </message>
    <message>
        <source>基准年不一致</source>
        <translation>基准年不一致</translation>
    </message>
    <message>
        <source>无法比较</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>由上级部门牵头</source>
        <translation>由上级部门牵头</translation>
    </message>
    <message>
        <source>责任单位含上级部门</source>
        <translation>责任单位含上级部门</translation>
    </message>
    <message>
        <source>无牵头单位</source>
        <translation>无牵头单位</translation>
    </message>
    <message>
        <source>垂直管理部门应为市局分局</source>
        <translation>垂直管理部门应为市局分局</translation>
    </message>
    <message>
        <source>引用正确</source>
        <translation>引用正确</translation>
    </message>
    <message>
        <source>未引用上级方案名称</source>
        <translation>未引用上级方案名称</translation>
    </message>
    <message>
        <source>未引用上级方案文号</source>
        <translation>未引用上级方案文号</translation>
    </message>
    <message>
        <source>上级方案文号有误</source>
        <translation>上级方案文号有误</translation>
    </message>
    <message>
        <source>未引用上级方案</source>
        <translation>未引用上级方案</translation>
    </message>
    <message>
        <source>《%1》衔接审查报告</source>
        <translation>《%1》衔接审查报告</translation>
    </message>
    <message>
        <source>《%1》</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>《%1》（%2）</source>
        <translation>《%1》（%2）</translation>
    </message>
    <message>
        <source>对照上级方案%1</source>
        <translation>对照上级方案%1</translation>
    </message>
    <message>
        <source>一、总体情况</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>上级方案共列重点任务%1项，下级方案已覆盖%2项、部分覆盖%3项、未覆盖%4项、不适用%5项，任务覆盖率%6。其中须由下级落实的任务%7项，尚有%8项未覆盖。</source>
        <translation>上级方案共列重点任务%1项，下级方案已覆盖%2项、部分覆盖%3项、未覆盖%4项、不适用%5项，任务覆盖率%6。其中须由下级落实的任务%7项，尚有%8项未覆盖。</translation>
    </message>
    <message>
        <source>%1%2项</source>
        <translation>%1%2项</translation>
    </message>
    <message>
        <source>目标指标共比对%1项</source>
        <translation>目标指标共比对%1项</translation>
    </message>
    <message>
        <source>，其中</source>
        <translation>，其中</translation>
    </message>
    <message>
        <source>。</source>
        <translation>。</translation>
    </message>
    <message>
        <source>上级方案的主要指标中，下级方案未提及%1项：%2。</source>
        <translation>上级方案的主要指标中，下级方案未提及%1项：%2。</translation>
    </message>
    <message>
        <source>责任单位审查发现问题%1项，上级文件引用审查发现问题%2项，尚未处理的审查意见%3条。</source>
        <translation>责任单位审查发现问题%1项，上级文件引用审查发现问题%2项，尚未处理的审查意见%3条。</translation>
    </message>
    <message>
        <source>审查项目</source>
        <translation>审查项目</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>上级重点任务</source>
        <translation>上级重点任务</translation>
    </message>
    <message>
        <source>任务覆盖率</source>
        <translation>任务覆盖率</translation>
    </message>
    <message>
        <source>未覆盖的必须落实任务</source>
        <translation>未覆盖的必须落实任务</translation>
    </message>
    <message>
        <source>比对的目标指标</source>
        <translation>比对的目标指标</translation>
    </message>
    <message>
        <source>下级未提及的主要指标</source>
        <translation>下级未提及的主要指标</translation>
    </message>
    <message>
        <source>责任单位问题</source>
        <translation>责任单位问题</translation>
    </message>
    <message>
        <source>文件引用问题</source>
        <translation>文件引用问题</translation>
    </message>
    <message>
        <source>待处理审查意见</source>
        <translation>待处理审查意见</translation>
    </message>
    <message>
        <source>二、任务覆盖情况</source>
        <translation>二、任务覆盖情况</translation>
    </message>
    <message>
        <source>上级方案各行动任务覆盖情况（项）</source>
        <translation>上级方案各行动任务覆盖情况（项）</translation>
    </message>
    <message>
        <source>（未归入行动）</source>
        <translation>（未归入行动）</translation>
    </message>
    <message>
        <source>须由下级落实的上级任务均已在下级方案中体现。</source>
        <translation>须由下级落实的上级任务均已在下级方案中体现。</translation>
    </message>
    <message>
        <source>以下须由下级落实的上级任务尚未在下级方案中体现：%1。</source>
        <translation>以下须由下级落实的上级任务尚未在下级方案中体现：%1。</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>逐项覆盖情况见附件1。</source>
        <translation>逐项覆盖情况见附件1。</translation>
    </message>
    <message>
        <source>三、目标指标衔接情况</source>
        <translation>三、目标指标衔接情况</translation>
    </message>
    <message>
        <source>目标指标比对结论（项）</source>
        <translation>目标指标比对结论（项）</translation>
    </message>
    <message>
        <source>指标数</source>
        <translation>指标数</translation>
    </message>
    <message>
        <source>四、责任单位和文件引用</source>
        <translation>四、责任单位和文件引用</translation>
    </message>
    <message>
        <source>未发现责任单位问题。</source>
        <translation>未发现责任单位问题。</translation>
    </message>
    <message>
        <source>共发现责任单位问题%1项，详见附件%2。</source>
        <translation>共发现责任单位问题%1项，详见附件%2。</translation>
    </message>
    <message>
        <source>文件引用：%1</source>
        <translation>文件引用：%1</translation>
    </message>
    <message>
        <source>五、审查意见</source>
        <translation>五、审查意见</translation>
    </message>
    <message>
        <source>审查意见均已处理。</source>
        <translation>审查意见均已处理。</translation>
    </message>
    <message>
        <source>尚有%1条审查意见待处理，详见附件%2。</source>
        <translation>尚有%1条审查意见待处理，详见附件%2。</translation>
    </message>
    <message>
        <source>附件%1</source>
        <translation>附件%1</translation>
    </message>
    <message>
        <source>上级任务</source>
        <translation>上级任务</translation>
    </message>
    <message>
        <source>覆盖情况</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>下级方案对应内容</source>
        <translation>下级方案对应内容</translation>
    </message>
    <message>
        <source>匹配度</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>上级方案任务覆盖情况表</source>
        <translation>上级方案任务覆盖情况表</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>上级目标</source>
        <translation>上级目标</translation>
    </message>
    <message>
        <source>下级目标</source>
        <translation>下级目标</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>目标指标比对表</source>
        <translation>目标指标比对表</translation>
    </message>
    <message>
        <source>下级任务</source>
        <translation>下级任务</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>涉及单位</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>建议对应单位</source>
        <translation>建议对应单位</translation>
    </message>
    <message>
        <source>责任单位审查情况表</source>
        <translation>责任单位审查情况表</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>（%1回复：%2）</source>
        <translation>（%1回复：%2）</translation>
    </message>
    <message>
        <source>%1左右</source>
        <translation>%1左右</translation>
    </message>
    <message>
        <source>不低于%1</source>
        <translation>不低于%1</translation>
    </message>
    <message>
        <source>%1以上</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>不高于%1</source>
        <translation>不高于%1</translation>
    </message>
    <message>
        <source>低于%1</source>
        <translation>低于%1</translation>
    </message>
    <message>
        <source>约束减弱（不再“确保”）</source>
        <translation>约束减弱（不再“确保”）</translation>
    </message>
    <message>
        <source>下级量化了上级定性目标</source>
        <translation>下级量化了上级定性目标</translation>
    </message>
    <message>
        <source>无法核对（上级文件标题或文号未知）</source>
        <translation>无法核对（上级文件标题或文号未知）</translation>
    </message>
    <message>
        <source>上级与下级目标值对比（%）</source>
        <translation>上级与下级目标值对比（%）</translation>
    </message>
    <message>
        <source>上级方案</source>
        <translation>上级方案</translation>
    </message>
    <message>
        <source>下级方案</source>
        <translation>下级方案</translation>
    </message>
    <message>
        <source>逐项比对情况见附件2。各项结论所依据的上下级方案原文并列于附件2。</source>
        <translation>逐项比对情况见附件2。各项结论所依据的上下级方案原文并列于附件2。</translation>
    </message>
    <message>
        <source>上级原文</source>
        <translation>上级原文</translation>
    </message>
    <message>
        <source>下级原文</source>
        <translation>下级原文</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>《%1》共有下级方案%2个。上级方案共列目标指标%3项（按指标和年份计），其中可加总指标%4项；下级方案目标共比对%5项</source>
        <translation>《%1》共有下级方案%2个。上级方案共列目标指标%3项（按指标和年份计），其中可加总指标%4项；下级方案目标共比对%5项</translation>
    </message>
    <message>
        <source>汇总项目</source>
        <translation>汇总项目</translation>
    </message>
    <message>
        <source>上级目标指标</source>
        <translation>上级目标指标</translation>
    </message>
    <message>
        <source>可加总指标</source>
        <translation>可加总指标</translation>
    </message>
    <message>
        <source>下级合计低于上级目标的指标</source>
        <translation>下级合计低于上级目标的指标</translation>
    </message>
    <message>
        <source>必须落实任务全部覆盖的下级方案</source>
        <translation>必须落实任务全部覆盖的下级方案</translation>
    </message>
    <message>
        <source>二、可加总指标汇总</source>
        <translation>二、可加总指标汇总</translation>
    </message>
    <message>
        <source>下级方案合计占上级目标的比例（%）</source>
        <translation>下级方案合计占上级目标的比例（%）</translation>
    </message>
    <message>
        <source>下级合计</source>
        <translation>下级合计</translation>
    </message>
    <message>
        <source>占上级</source>
        <translation>占上级</translation>
    </message>
    <message>
        <source>提出目标的下级</source>
        <translation>提出目标的下级</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1下级合计%2%3，低于上级目标%4%3，差%5%3</source>
        <translation>%1下级合计%2%3，低于上级目标%4%3，差%5%3</translation>
    </message>
    <message>
        <source>上级方案没有下级方案可加总的量化指标。</source>
        <translation>上级方案没有下级方案可加总的量化指标。</translation>
    </message>
    <message>
        <source>各可加总指标的下级方案合计均不低于上级目标。</source>
        <translation>各可加总指标的下级方案合计均不低于上级目标。</translation>
    </message>
    <message>
        <source>以下指标的下级方案合计低于上级目标，需说明分解依据：%1。</source>
        <translation>以下指标的下级方案合计低于上级目标，需说明分解依据：%1。</translation>
    </message>
    <message>
        <source>%1各下级方案目标值（%2）</source>
        <translation>%1各下级方案目标值（%2）</translation>
    </message>
    <message>
        <source>三、上级必须落实任务的覆盖情况</source>
        <translation>三、上级必须落实任务的覆盖情况</translation>
    </message>
    <message>
        <source>没有下级方案。</source>
        <translation>没有下级方案。</translation>
    </message>
    <message>
        <source>各下级方案覆盖上级必须落实任务情况（项）</source>
        <translation>各下级方案覆盖上级必须落实任务情况（项）</translation>
    </message>
    <message>
        <source>必须落实任务</source>
        <translation>必须落实任务</translation>
    </message>
    <message>
        <source>全部上级任务覆盖率</source>
        <translation>全部上级任务覆盖率</translation>
    </message>
    <message>
        <source>%1（%2项）</source>
        <translation>%1（%2项）</translation>
    </message>
    <message>
        <source>各下级方案均已体现上级必须落实的任务。</source>
        <translation>各下级方案均已体现上级必须落实的任务。</translation>
    </message>
    <message>
        <source>以下下级方案尚有上级必须落实的任务未覆盖：%1。</source>
        <translation>以下下级方案尚有上级必须落实的任务未覆盖：%1。</translation>
    </message>
    <message>
        <source>附件1</source>
        <translation>附件1</translation>
    </message>
    <message>
        <source>上下级目标指标汇总表</source>
        <translation>上下级目标指标汇总表</translation>
    </message>
    <message>
        <source>续表（下级方案%1—%2）</source>
        <translation>续表（下级方案%1—%2）</translation>
    </message>
    <message>
        <source>《%1》上下级方案汇总平衡报告</source>
        <translation>《%1》上下级方案汇总平衡报告</translation>
    </message>
    <message>
        <source>（共%1个下级方案）</source>
        <translation>（共%1个下级方案）</translation>
    </message>
    <message>
        <source>未纳入汇总：%1</source>
        <translation>未纳入汇总：%1</translation>
    </message>
    <message>
        <source>四、目标指标逐项汇总</source>
        <translation>四、目标指标逐项汇总</translation>
    </message>
    <message>
        <source>上级方案每项目标指标与各下级方案目标值及比对结论见附件1。</source>
        <translation>上级方案每项目标指标与各下级方案目标值及比对结论见附件1。</translation>
    </message>
    <message>
        <source>须落实（%1）</source>
        <translation>须落实（%1）</translation>
    </message>
</context>
<context>
    <name>pw::report::Builder</name>
    <message>
        <source>主要指标表</source>
        <translation>主要指标表</translation>
    </message>
    <message>
        <source>重点任务分工表</source>
        <translation>重点任务分工表</translation>
    </message>
    <message>
        <source>重大项目表</source>
        <translation>重大项目表</translation>
    </message>
    <message>
        <source>The plan has no data for the annex %1; it is left out.</source>
        <translation>方案中没有附件%1所需的数据，已略去该附件。</translation>
    </message>
    <message>
        <source>（发文机关）</source>
        <translation>（发文机关）</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>关于印发《%1》的通知</source>
        <translation>关于印发《%1》的通知</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>现将《%1》印发给你们，请认真贯彻执行。</source>
        <translation>现将《%1》印发给你们，请认真贯彻执行。</translation>
    </message>
    <message>
        <source>此件主动公开</source>
        <translation>此件主动公开</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>（征求意见稿）</source>
        <translation>（征求意见稿）</translation>
    </message>
    <message>
        <source>牵头单位：</source>
        <translation>牵头单位：</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>责任单位：</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <source>附件%1</source>
        <translation>附件%1</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1年%2月%3日</translation>
    </message>
</context>
<context>
    <name>pw::report::Chart</name>
    <message>
        <source>合计</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>pw::report::Export</name>
    <message>
        <source>unsupported report format: %1 (use .pdf, .docx or .odt)</source>
        <translation>不支持的报告格式：%1（请使用 .pdf、.docx 或 .odt）</translation>
    </message>
</context>
<context>
    <name>pw::report::Fonts</name>
    <message>
        <source>FangSong (仿宋)</source>
        <translation>仿宋</translation>
    </message>
    <message>
        <source>KaiTi (楷体)</source>
        <translation>楷体</translation>
    </message>
    <message>
        <source>HeiTi (黑体)</source>
        <translation>黑体</translation>
    </message>
    <message>
        <source>XiaoBiaoSong (小标宋)</source>
        <translation>小标宋</translation>
    </message>
    <message>
        <source>SongTi (宋体)</source>
        <translation>宋体</translation>
    </message>
    <message>
        <source>%1 is not installed; using %2.</source>
        <translation>未安装%1，改用%2。</translation>
    </message>
    <message>
        <source>%1 is not installed and neither is %2; using the default font.</source>
        <translation>未安装%1，也未安装%2，改用默认字体。</translation>
    </message>
</context>
<context>
    <name>pw::report::Layout</name>
    <message>
        <source>cannot start painting the report</source>
        <translation>无法开始绘制报告</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>无法开始第 %1 页</translation>
    </message>
</context>
<context>
    <name>pw::report::ReportOptions</name>
    <message>
        <source>unknown annex &quot;%1&quot; (use targets, tasks, projects or none)</source>
        <translation>未知附件“%1”（可用 targets、tasks、projects 或 none）</translation>
    </message>
</context>
<context>
    <name>pw::review</name>
    <message>
        <source>The child cites the parent correctly.</source>
        <translation>下级方案对上级方案的引用正确。</translation>
    </message>
    <message>
        <source>The child cites the parent&apos;s title without its 文号 %1.</source>
        <translation>下级方案引用了上级方案名称，但未引用其文号 %1。</translation>
    </message>
    <message>
        <source>The child cites the parent with 文号 %1 instead of %2.</source>
        <translation>下级方案引用上级方案的文号为 %1，应为 %2。</translation>
    </message>
    <message>
        <source>The child cites 文号 %1 with the title 《%2》 instead of 《%3》.</source>
        <translation>下级方案引用文号 %1 时所用名称为《%2》，应为《%3》。</translation>
    </message>
    <message>
        <source>The child does not cite 《%1》%2.</source>
        <translation>下级方案未引用《%1》%2。</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>名称为 %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <source>(no action)</source>
        <translation>（无行动）</translation>
    </message>
    <message>
        <source>Led by %1, a department of the parent&apos;s level; expected %2.</source>
        <translation>由上级部门 %1 牵头；应为 %2。</translation>
    </message>
    <message>
        <source>%1 (parent level) among the responsible units; expected %2.</source>
        <translation>责任单位中有上级部门 %1；应为 %2。</translation>
    </message>
    <message>
        <source>%1 is managed vertically by the city; at this level it is %2.</source>
        <translation>%1 由市级垂直管理，在本级对应单位为 %2。</translation>
    </message>
    <message>
        <source>No lead department.</source>
        <translation>无牵头单位。</translation>
    </message>
    <message>
        <source>Link parent plan</source>
        <translation>关联上级方案</translation>
    </message>
    <message>
        <source>Units differ: parent %1, child %2.</source>
        <translation>单位不一致：上级为 %1，下级为 %2。</translation>
    </message>
    <message>
        <source>Base years differ: parent %1, child %2.</source>
        <translation>基准年不一致：上级为 %1，下级为 %2。</translation>
    </message>
    <message>
        <source>Not quantified: the child only refers to the allocated target.</source>
        <translation>未量化：下级方案仅提及分解下达的目标。</translation>
    </message>
    <message>
        <source>Looser than the parent&apos;s average: ask for the allocation to the child.</source>
        <translation>低于上级平均水平：请要求提供对下级的分解依据。</translation>
    </message>
    <message>
        <source>The stretch value (力争) reaches the parent&apos;s target.</source>
        <translation>力争值达到上级目标。</translation>
    </message>
    <message>
        <source>The child does not mention this indicator.</source>
        <translation>下级方案未提及该指标。</translation>
    </message>
    <message>
        <source>The child names this indicator without a target for %1.</source>
        <translation>下级方案提及该指标，但未设定 %1 的目标。</translation>
    </message>
    <message>
        <source>The child sets this indicator for %1 only, not for %2.</source>
        <translation>下级方案仅设定了该指标 %1 的目标，未设定 %2 的目标。</translation>
    </message>
    <message>
        <source>The child cites the parent&apos;s 文号 correctly; the parent&apos;s title is unknown.</source>
        <translation>下级正确引用了上级文号；上级方案名称未知。</translation>
    </message>
    <message>
        <source>The child cites the parent&apos;s title without a 文号 (the parent&apos;s own 文号 is unknown).</source>
        <translation>下级引用了上级方案名称但未注明文号（上级方案本身的文号未知）。</translation>
    </message>
    <message>
        <source>Cannot check: the child cites 文号 %1, but the parent&apos;s own 文号 is unknown.</source>
        <translation>无法核对：下级引用文号%1，但上级方案本身的文号未知。</translation>
    </message>
    <message>
        <source>Cannot check: the parent&apos;s title and 文号 are unknown.</source>
        <translation>无法核对：上级方案的名称和文号均未知。</translation>
    </message>
    <message>
        <source>Cannot check: the parent&apos;s title is unknown and the child does not cite its 文号 %1.</source>
        <translation>无法核对：上级方案名称未知，下级也未引用其文号%1。</translation>
    </message>
    <message>
        <source>no commitment word</source>
        <translation>无约束性措辞</translation>
    </message>
    <message>
        <source>Commitment weakened from 确保 to %1.</source>
        <translation>约束减弱：由“确保”改为%1。</translation>
    </message>
    <message>
        <source>Both commit to the allocated target.</source>
        <translation>上下级均承诺完成下达目标。</translation>
    </message>
    <message>
        <source>Both state the same direction only.</source>
        <translation>上下级均仅作方向性表述。</translation>
    </message>
    <message>
        <source>Both targets are qualitative, one allocated and one direction-only.</source>
        <translation>上下级均为定性目标，一为完成下达目标，一为方向性表述。</translation>
    </message>
    <message>
        <source>The child quantifies a target the parent leaves allocated or qualitative.</source>
        <translation>上级仅作下达或定性要求，下级给出了量化目标。</translation>
    </message>
    <message>
        <source>Not quantified: the child states only a direction.</source>
        <translation>未量化：下级仅作方向性表述。</translation>
    </message>
    <message>
        <source>A quantity of the child&apos;s territory is part of the parent&apos;s total (%1% of it): compare the sum of all children in the family roll-up.</source>
        <translation>下级辖区的总量是上级总量的一部分（占%1%）：请在方案族汇总中比较所有下级方案之和。</translation>
    </message>
    <message>
        <source>A quantity of the child&apos;s territory is part of the parent&apos;s total: compare the sum of all children in the family roll-up.</source>
        <translation>下级辖区的总量是上级总量的一部分：请在方案族汇总中比较所有下级方案之和。</translation>
    </message>
</context>
<context>
    <name>pw::tables</name>
    <message>
        <source>No lead department.</source>
        <translation>无牵头单位。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead departments (allowed, but responsibility is shared).</source>
        <translation>
            <numerusform>有 %n 个牵头单位（允许，但责任分散）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A department of another administrative level; record it as a branch office if it is one.</source>
        <translation>属于其他行政层级的部门；如为派出机构，请登记为派出机构。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like &quot;%2&quot;</source>
        <translation>“%1”与“%2”相似</translation>
    </message>
    <message>
        <source>Not a target value: write e.g. &quot;≥ 20 (力争 22)&quot;, &quot;25左右&quot; or the qualitative wording.</source>
        <translation>不是有效的目标值：请填写如“≥ 20 (力争 22)”、“25左右”或定性表述。</translation>
    </message>
    <message>
        <source>Contradictory comparators &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>比较符“%1”与“%2”相互矛盾。</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; differs from the catalogue&apos;s &quot;%2&quot;.</source>
        <translation>单位“%1”与指标目录中的“%2”不一致。</translation>
    </message>
    <message>
        <source>Target year %1 is not a milestone of the plan.</source>
        <translation>目标年份 %1 不是方案的节点年份。</translation>
    </message>
    <message>
        <source>Two targets for %1.</source>
        <translation>%1 有两个目标。</translation>
    </message>
    <message>
        <source>%1: the stretch value %2 is less ambitious than the target %3.</source>
        <translation>%1：力争值 %2 低于目标值 %3 的要求。</translation>
    </message>
    <message>
        <source>%1 target %2 is less strict than the %3 target %4.</source>
        <translation>%1 的目标 %2 比 %3 的目标 %4 宽松。</translation>
    </message>
    <message>
        <source>%1: the stating text (%2) does not mention %3.</source>
        <translation>%1：原文表述（%2）中未提及 %3。</translation>
    </message>
</context>
<context>
    <name>pw::ui::ReportDialog</name>
    <message>
        <source>Issuing notice (印发通知) as the first page</source>
        <translation>首页为印发通知</translation>
    </message>
    <message>
        <source>Plan text</source>
        <translation>方案正文</translation>
    </message>
    <message>
        <source>Draft for comment (征求意见稿)</source>
        <translation>征求意见稿</translation>
    </message>
    <message>
        <source>Main indicators (主要指标表)</source>
        <translation>主要指标表</translation>
    </message>
    <message>
        <source>Task assignments (重点任务分工表)</source>
        <translation>重点任务分工表</translation>
    </message>
    <message>
        <source>Major projects (重大项目表)</source>
        <translation>重大项目表</translation>
    </message>
    <message>
        <source>Print and Export Report</source>
        <translation>打印和导出报告</translation>
    </message>
    <message>
        <source>In parentheses after the task: （A牵头，B按职责分工负责）</source>
        <translation>在任务后加括号注明：（A牵头，B按职责分工负责）</translation>
    </message>
    <message>
        <source>Separate lines: 牵头单位 / 责任单位</source>
        <translation>分行列出：牵头单位 / 责任单位</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>不打印</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Addressees (主送):</source>
        <translation>主送：</translation>
    </message>
    <message>
        <source>Official fonts are missing; the report uses substitutes:
%1</source>
        <translation>缺少公文标准字体，报告使用以下替代字体：
%1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>无法打印报告：%1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Word 文档 (*.docx);;OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>报告已保存为 %1。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>没有可打开 %1 的应用程序。</translation>
    </message>
</context>
</TS>
