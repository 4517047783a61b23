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
        <source>%1 is too large</source>
        <translation>%1 过大</translation>
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
        <source>plan.json is too large</source>
        <translation>plan.json 过大</translation>
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
        <source>not a valid Planwright file: larger than %1 bytes</source>
        <translation>不是有效的方案工坊文件：大于 %1 字节</translation>
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
        <source>file too large (%1 bytes, at most %2)</source>
        <translation>文件过大（%1 字节，最多 %2 字节）</translation>
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
        <source>Plan in use</source>
        <translation>方案正在使用</translation>
    </message>
    <message>
        <source>%1 is open in another Planwright window. It is opened read-only here: save your changes under another name.</source>
        <translation>%1 已在另一个方案工坊窗口中打开。此处以只读方式打开：请将修改另存为其他文件。</translation>
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
        <source>%1 is open in another Planwright window. The recovered version is read-only here: save it under another name.</source>
        <translation>%1 已在另一个方案工坊窗口中打开。恢复的版本在此处为只读：请另存为其他文件。</translation>
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
        <source>Plan documents (*.txt *.docx *.html *.htm)</source>
        <translation>方案文档 (*.txt *.docx *.html *.htm)</translation>
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
</context>
<context>
    <name>pw::cli</name>
    <message>
        <source>%1: %2 nodes, %3 departments, %4 targets, %5 warnings%6
</source>
        <translation>%1：%2 个条目，%3 个部门，%4 个目标，%5 条警告%6
</translation>
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
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 大于 %2 MB</translation>
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
        <source>Cleaned: %1 page markers, %2 Word bookmarks, %3 pinyin annotations, %4 paragraph breaks restored
</source>
        <translation>已清理：%1 处页码标记，%2 处 Word 书签，%3 处拼音注音，恢复 %4 处段落分隔
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
</context>
<context>
    <name>pw::import::Builder</name>
    <message>
        <source>(unnamed indicator)</source>
        <translation>（未命名指标）</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
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
        <source>%1 paragraphs before the first heading (notice, title, preamble) used for the metadata only</source>
        <translation>第一个标题之前的 %1 段（通知、标题、导语）仅用于元数据</translation>
    </message>
    <message>
        <source>web page furniture skipped</source>
        <translation>已跳过网页页面元素</translation>
    </message>
    <message>
        <source>no numbered headings found; the text is kept as source only</source>
        <translation>未找到编号标题；文字仅作为原文保留</translation>
    </message>
</context>
</TS>
