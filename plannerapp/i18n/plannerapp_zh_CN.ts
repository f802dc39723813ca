<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../ui/project_actions.py" line="+138" />
            <source>&amp;New project from context file…</source>
            <translation>由现状城市文件新建项目(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start a project on a city file (the status quo)</source>
            <translation>以一个城市文件（现状）为基础新建项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;project…</source>
            <translation>打开项目(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a project folder (its project.json)</source>
            <translation>打开项目文件夹（其中的 project.json）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save project</source>
            <translation>保存项目(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the project and all its schemes</source>
            <translation>保存项目及其全部方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save project &amp;as…</source>
            <translation>项目另存为(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the project into another folder</source>
            <translation>将项目保存到另一个文件夹</translation>
        </message>
        <message>
            <location filename="../ui/tools/edit_actions.py" line="+41" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Select / move</source>
            <translation>选择 / 移动(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click to select, Shift+click to add, Ctrl+drag for a box, drag a selected new building to move it</source>
            <translation>单击选择，Shift+单击加选，Ctrl+拖动框选，拖动已选中的新建建筑可移动它</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Draw building</source>
            <translation>绘制建筑(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click footprint corners on the ground; Enter finishes</source>
            <translation>在地面上单击各个基底角点；按 Enter 完成</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected new buildings</source>
            <translation>删除选中的新建建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;uplicate</source>
            <translation>复制(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the selected new buildings 5 m east and 5 m south</source>
            <translation>将选中的新建建筑复制一份，向东、向南各偏移 5 米</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Move by…</source>
            <translation>按偏移量移动(&amp;M)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the selected new buildings by typed offsets</source>
            <translation>按输入的偏移量移动选中的新建建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;otate…</source>
            <translation>旋转(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rotate the selected new buildings about their centroids</source>
            <translation>绕各自形心旋转选中的新建建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;molish in scheme</source>
            <translation>在方案中拆除(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected status-quo buildings in this scheme</source>
            <translation>在本方案中拆除选中的现状建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Res&amp;tore demolished…</source>
            <translation>恢复已拆除建筑(&amp;T)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bring back status-quo buildings demolished in this scheme</source>
            <translation>恢复本方案中已拆除的现状建筑</translation>
        </message>
        <message>
            <location filename="../report/compare_metrics.py" line="+362" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+0" />
            <source>quick</source>
            <translation>快速</translation>
        </message>
        <message>
            <location line="+0" />
            <source>full</source>
            <translation>完整</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlight rule day and window</source>
            <translation>日照规则的日照标准日与有效日照时间带</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facade and ground sunlight day</source>
            <translation>立面与地面日照计算日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time step</source>
            <translation>时间步长</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grids</source>
            <translation>网格</translation>
        </message>
        <message>
            <location line="+0" />
            <source>facades {f} m, ground {g} m, roofs {r} m, heat {h} m</source>
            <translation>立面 {f} 米，地面 {g} 米，屋顶 {r} 米，热环境 {h} 米</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Roof insolation weather</source>
            <translation>屋顶日射量所用气象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heat day and weather</source>
            <translation>热环境计算日与气象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comparison area</source>
            <translation>对比范围</translation>
        </message>
        <message>
            <location line="+0" />
            <source>parcels grown by {m:g} m</source>
            <translation>地块向外扩展 {m:g} 米</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review</source>
            <translation>审查</translation>
        </message>
        <message>
            <location line="+0" />
            <source>with the sunlight rules</source>
            <translation>含日照规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>geometric rules only (sunlight rules not evaluated in quick mode)</source>
            <translation>仅几何规则（快速模式下不评估日照规则）</translation>
        </message>
        <message>
            <location filename="../io/controls.py" line="+74" />
            <source>{where}: {key} must be a number, not {value!r}</source>
            <extracomment>Overlaps smaller than this (m2) are digitising noise, not overlapping parcels.</extracomment>
            <translation>{where}：{key} 必须是数值，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: {key} = {value} must not be negative</source>
            <translation>{where}：{key} = {value} 不能为负</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: {key} = {value} must be {op} {lo}</source>
            <translation>{where}：{key} = {value} 必须 {op} {lo}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{where}: {key} = {value} must not exceed {hi}</source>
            <translation>{where}：{key} = {value} 不得超过 {hi}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{where}: sunlight must be an object, not {value!r}</source>
            <translation>{where}：sunlight 必须是对象，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: unknown sunlight key {key!r} (known: {known})</source>
            <translation>{where}：未知的日照参数 {key!r}（已知：{known}）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{where}: sunlight.standard must be one of {choices}, not {value!r}</source>
            <translation>{where}：sunlight.standard 必须是 {choices} 之一，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: sunlight.day must be one of {choices} or YYYY-MM-DD, not {value!r}</source>
            <translation>{where}：sunlight.day 必须是 {choices} 之一或 YYYY-MM-DD，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: sunlight.min_hours is missing</source>
            <translation>{where}：缺少 sunlight.min_hours</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{where}: sunlight.start must be HH:MM, not {value!r}</source>
            <translation>{where}：sunlight.start 必须为 HH:MM，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: sunlight.end must be HH:MM, not {value!r}</source>
            <translation>{where}：sunlight.end 必须为 HH:MM，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: sunlight.end {end} must be after start {start}</source>
            <translation>{where}：sunlight.end {end} 必须晚于开始时间 {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: sunlight.min_hours {h} is longer than the {start}-{end} window</source>
            <translation>{where}：sunlight.min_hours {h} 超过了 {start}–{end} 时间段的长度</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{where}: sunlight.applies_to must be a non-empty list of use names</source>
            <translation>{where}：sunlight.applies_to 必须是非空的用途名称列表</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: sunlight.time_base must be solar or clock, not {value!r}</source>
            <translation>{where}：sunlight.time_base 必须为 solar（真太阳时）或 clock（钟表时间），而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{where}: unknown control {key!r} (known: {known})</source>
            <translation>{where}：未知的控制指标 {key!r}（已知：{known}）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{where}: min_far {lo} is above max_far {hi}</source>
            <translation>{where}：容积率下限 min_far {lo} 高于容积率上限 max_far {hi}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{where}: allowed_uses must be a non-empty list of use names, not {value!r}</source>
            <translation>{where}：allowed_uses 必须是非空的用途名称列表，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{where}: {key} must be a string, not {value!r}</source>
            <translation>{where}：{key} 必须是字符串，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>parcels are in longitude/latitude but the project CRS is unknown: cannot convert them to metres</source>
            <translation>地块坐标为经纬度，但项目坐标参考系未知：无法换算为米</translation>
        </message>
        <message>
            <location line="+27" />
            <source>not a GeoJSON FeatureCollection</source>
            <translation>不是 GeoJSON FeatureCollection</translation>
        </message>
        <message>
            <location line="+9" />
            <source>feature {n}</source>
            <translation>要素 {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: not a GeoJSON Feature with properties</source>
            <translation>{where}：不是带 properties 的 GeoJSON Feature</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{where}: parcel id is missing (properties.id)</source>
            <translation>{where}：缺少地块编号（properties.id）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>parcel {id} (feature {n})</source>
            <translation>地块 {id}（要素 {n}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: duplicate parcel id {id} (also feature {other})</source>
            <translation>{where}：地块编号 {id} 重复（要素 {other} 也在使用）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{where}: geometry must be a Polygon, not {type}</source>
            <translation>{where}：几何体必须是 Polygon，而不是 {type}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{where}: unreadable polygon ({error})</source>
            <translation>{where}：无法读取多边形（{error}）</translation>
        </message>
        <message>
            <location line="+36" />
            <source>{where}: polygon is empty</source>
            <translation>{where}：多边形为空</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: polygon has NaN or infinite coordinates</source>
            <translation>{where}：多边形坐标为 NaN 或无穷大</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: invalid polygon ({reason})</source>
            <translation>{where}：多边形无效（{reason}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: polygon area {area:.3g} m2 is too small for a parcel (wrong units?)</source>
            <translation>{where}：多边形面积 {area:.3g} m2 对地块而言过小（单位有误？）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>parcels {a} and {b} overlap by {area:.2f} m2</source>
            <translation>地块 {a} 与 {b} 重叠 {area:.2f} m2</translation>
        </message>
        <message>
            <location filename="../report/compare_html.py" line="+77" />
            <source>Metric</source>
            <extracomment>what each metric means (English source; translated where shown)</extracomment>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../report/review_html.py" line="+96" />
            <location line="+127" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Better</source>
            <translation>优劣方向</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Review verdict</source>
            <translation>审查结论</translation>
        </message>
        <message>
            <location line="+3" />
            <source>passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location line="+0" />
            <source>failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+36" />
            <source>Scheme comparison</source>
            <translation>方案比选</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Compared</source>
            <translation>比选对象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../report/review_html.py" line="-45" />
            <source>Software</source>
            <translation>软件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Metrics</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>green: best among the schemes</source>
            <translation>绿色：各方案中最优</translation>
        </message>
        <message>
            <location line="+1" />
            <source>red: worst among the schemes</source>
            <translation>红色：各方案中最差</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The status quo is shown for reference and not ranked; rows without a better direction are not ranked.</source>
            <translation>现状仅作参考，不参与排序；无优劣方向的指标行不参与排序。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each metric with a better direction, scaled over the compared columns from worst (centre) to best (edge).</source>
            <translation>每个有优劣方向的指标，在参与比较的各列之间自最差（中心）至最优（边缘）归一化。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Views (same camera)</source>
            <translation>视图（相同相机）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Differences against the status quo</source>
            <translation>与现状的差异</translation>
        </message>
        <message>
            <location line="+1" />
            <source>green: added; orange: taller; blue: lower; purple: changed footprint or use; red: removed; grey: unchanged</source>
            <translation>绿色：新增；橙色：加高；蓝色：降低；紫色：基底或用途变更；红色：移除；灰色：未变更</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Charts per metric</source>
            <translation>各指标图表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How the values were computed</source>
            <translation>数值计算方法</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../report/review_html.py" line="+53" />
            <source>Definitions</source>
            <translation>定义</translation>
        </message>
        <message>
            <location filename="../report/review_html.py" line="-166" />
            <source>windows</source>
            <translation>个窗户</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+62" />
            <location line="+15" />
            <location line="+50" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location line="-127" />
            <source>Building(s)</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location line="+16" />
            <source>facing away: not tested</source>
            <translation>背向太阳：未检验</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+17" />
            <source>Building</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+17" />
            <source>Facade</source>
            <translation>立面</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+17" />
            <source>Floor</source>
            <translation>楼层</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+17" />
            <source>Window</source>
            <translation>窗户</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Sill x, y, z (m, local)</source>
            <translation>窗台 x, y, z（米，局部坐标）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>Standard (day, window, required)</source>
            <translation>标准（日照标准日、有效日照时间带、要求）</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Hours</source>
            <translation>日照时数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hours with nothing around</source>
            <translation>无遮挡时的日照时数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sunlit (true solar time)</source>
            <translation>有日照时段（真太阳时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlit (local time)</source>
            <translation>有日照时段（地方时）</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+19" />
            <location line="+68" />
            <location line="+20" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="-105" />
            <source>Parcel {id}: own windows</source>
            <translation>地块 {id}：本方案窗户</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use</source>
            <translation>用途</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before (h)</source>
            <translation>实施前（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After (h)</source>
            <translation>实施后（小时）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Loss (h)</source>
            <translation>减少（小时）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Complied before</source>
            <translation>实施前是否满足</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Complies after</source>
            <translation>实施后是否满足</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlit before (true solar)</source>
            <translation>实施前有日照时段（真太阳时）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sunlit after (true solar)</source>
            <translation>实施后有日照时段（真太阳时）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shaded by</source>
            <translation>遮挡建筑</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Parcel {id}: neighbouring windows before and after the scheme</source>
            <translation>地块 {id}：方案实施前后的周边建筑窗户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{shown} of {total} neighbouring windows lose sunlight or fail and are listed; the {rest} others keep exactly their former hours (every window is in the JSON record).</source>
            <translation>{total} 个周边建筑窗户中，有 {shown} 个日照减少或不满足标准，已列出；其余 {rest} 个日照时数与原先完全相同（全部窗户见 JSON 记录）。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Planning review: {project} / {scheme}</source>
            <translation>规划审查：{project} / {scheme}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Item</source>
            <translation>事项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scheme</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of review (UTC)</source>
            <translation>审查日期（UTC）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report generated (UTC)</source>
            <translation>报告生成时间（UTC）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule profile</source>
            <translation>规则配置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checks</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{n} checks, {f} failed, {na} not evaluated</source>
            <translation>{n} 项检查，{f} 项不合格，{na} 项未评估</translation>
        </message>
        <message>
            <location line="+3" />
            <source>PASSED: every check passed.</source>
            <translation>通过：所有检查项均合格。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PASSED WITH {na} CHECK(S) NOT EVALUATED: every evaluated check passed; see the list below.</source>
            <translation>通过，但有 {na} 项检查未评估：所有已评估的检查项均合格；见下表。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FAILED: {f} check(s) failed.</source>
            <translation>未通过：{f} 项检查不合格。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profile values not verified against the current local rules: {keys}</source>
            <translation>配置中以下取值尚未对照现行地方规定核实：{keys}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checks not evaluated</source>
            <translation>未评估的检查项</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Parcel</source>
            <translation>地块</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+29" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New buildings on no parcel (no control applies): {ids}</source>
            <translation>不在任何地块内的新建建筑（不适用任何规划条件）：{ids}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Summary by parcel</source>
            <translation>各地块汇总</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Land use</source>
            <translation>用地性质</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Area (m²)</source>
            <translation>面积（m²）</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+22" />
            <source>Buildings</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not evaluated</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Views of the scheme (violations in red)</source>
            <translation>方案视图（违规处以红色显示）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rules by parcel</source>
            <translation>各地块规则检查</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Parcel {id}{name}, land use {use}</source>
            <translation>地块 {id}{name}，用地性质 {use}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Limit</source>
            <translation>限值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Margin</source>
            <translation>余量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finding</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No control applies to this parcel.</source>
            <translation>该地块无适用的规划条件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sunlight per window</source>
            <translation>逐窗日照</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Calculation parameters</source>
            <translation>计算参数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Input files (SHA-256)</source>
            <translation>输入文件（SHA-256）</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+8" />
            <source>Role</source>
            <translation>作用</translation>
        </message>
        <message>
            <location line="-8" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bytes</source>
            <translation>字节数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No input files were recorded (the review was run on data in memory).</source>
            <translation>未记录输入文件（审查基于内存中的数据运行）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To reproduce: run plannerapp {version} with the rule profile above on input files with these hashes.</source>
            <translation>复现方法：使用 plannerapp {version} 和上述规则配置，对具有上述哈希值的输入文件运行审查。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign-off</source>
            <translation>签署</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reviewer</source>
            <translation>审查人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Checked by</source>
            <translation>校核人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>审查意见</translation>
        </message>
        <message>
            <location line="+0" />
            <source>approved / approved with conditions / refused</source>
            <translation>通过 / 有条件通过 / 不予通过</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comments:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../ui/recovery.py" line="+43" />
            <source>Recover unsaved changes?</source>
            <translation>恢复未保存的更改？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plannerapp was closed before the last changes to this project were saved.</source>
            <translation>plannerapp 在保存此项目的最后更改之前被关闭。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>An autosaved version from {time} exists.</source>
            <translation>存在 {time} 的自动保存版本。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An autosaved version exists.</source>
            <translation>存在自动保存版本。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It was kept in {path} because the project folder could not be written.</source>
            <translation>由于无法写入项目文件夹，自动保存版本保存在 {path}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recover it, or open the last saved version and discard the autosave?</source>
            <translation>恢复该版本，还是打开上次保存的版本并丢弃自动保存？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Recover</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Discard autosave</source>
            <translation>丢弃自动保存(&amp;D)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Problems in the project</source>
            <translation>项目中存在问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The project {name} has {n} problem(s).</source>
            <translation>项目 {name} 有 {n} 个问题。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>… and {n} more (see the details)</source>
            <translation>……另有 {n} 个（见详细信息）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The valid parts can be loaded; the rest is left out.</source>
            <translation>可以加载有效部分；其余部分将被略去。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Load what is valid</source>
            <translation>加载有效部分(&amp;L)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the changes to {name}?</source>
            <translation>保存对 {name} 的更改？</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../ui/actions.py" line="+37" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a city file (CityJSON, GeoJSON, OBJ, glTF, PLY, STL)</source>
            <translation>打开城市文件（CityJSON、GeoJSON、OBJ、glTF、PLY、STL）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;sample city</source>
            <translation>打开示例城市(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the bundled sample city (3D BAG, Delft)</source>
            <translation>打开随附的示例城市（3D BAG，代尔夫特）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;view as image…</source>
            <translation>将视图保存为图片(&amp;V)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the 3D view as a PNG image</source>
            <translation>将三维视图保存为 PNG 图片</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quit plannerapp</source>
            <translation>退出 plannerapp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear &amp;selection</source>
            <translation>清除选择(&amp;S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Frame selection</source>
            <translation>缩放至选中对象(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom to the selected building</source>
            <translation>缩放至选中的建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset view</source>
            <translation>重置视图(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the whole city from the south-west</source>
            <translation>从西南方向显示整个城市</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Building &amp;outlines</source>
            <translation>建筑轮廓线(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw roof and wall edges (automatic for small cities)</source>
            <translation>绘制屋顶和墙体的边线（小型城市自动开启）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;About plannerapp</source>
            <translation>关于 plannerapp(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viewer &amp;controls</source>
            <translation>视图操作说明(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Top (plan, north up)</source>
            <translation>顶视图（平面，上北）(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Isometric from &amp;south-west</source>
            <translation>西南等轴测(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Isometric from south-&amp;east</source>
            <translation>东南等轴测(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Isometric from &amp;north-east</source>
            <translation>东北等轴测(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Isometric from north-&amp;west</source>
            <translation>西北等轴测(&amp;W)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Low view from the south</source>
            <translation>南向低视角(&amp;L)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top</source>
            <translation>顶视</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SW</source>
            <translation>西南</translation>
        </message>
        <message>
            <location line="+0" />
            <source>NE</source>
            <translation>东北</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SE</source>
            <translation>东南</translation>
        </message>
        <message>
            <location line="+0" />
            <source>NW</source>
            <translation>西北</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Frame</source>
            <translation>缩放至选中</translation>
        </message>
        <message>
            <location line="+44" />
            <source>&amp;Panels</source>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>(no recent files)</source>
            <translation>（无最近文件）</translation>
        </message>
    </context>
    <context>
        <name>AnalysisPanel</name>
        <message>
            <location filename="../ui/analysis_tasks.py" line="+31" />
            <location line="+1" />
            <source>Sunlight</source>
            <translation>日照</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shadow</source>
            <translation>阴影</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Irradiance</source>
            <translation>辐照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sky view</source>
            <translation>天空可视</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tmrt max</source>
            <translation>Tmrt 最高值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UHI max</source>
            <translation>热岛最大值</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sunlight hours – ground grid</source>
            <extracomment>kind -&gt; (English label for the combo, unit, receptor family)</extracomment>
            <translation>日照时数 – 地面网格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlight hours – facades</source>
            <translation>日照时数 – 立面</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlight hours – windows</source>
            <translation>日照时数 – 窗户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shadow hours – ground grid</source>
            <translation>阴影时数 – 地面网格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual irradiance – roofs</source>
            <translation>年太阳辐照量 – 屋顶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual irradiance – facades</source>
            <translation>年太阳辐照量 – 立面</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sky view factor – ground</source>
            <translation>天空可视因子 – 地面</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heat: max. mean radiant temperature (1.1 m)</source>
            <translation>热环境：最高平均辐射温度（1.1 米）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heat: nocturnal heat island (Oke 1981)</source>
            <translation>热环境：夜间城市热岛（Oke 1981）</translation>
        </message>
        <message>
            <location filename="../ui/panels/analysis.py" line="+98" />
            <location line="+7" />
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Custom (plain geometry)</source>
            <translation>自定义（纯几何）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Time window</source>
            <translation>时间段</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Local clock time</source>
            <translation>地方钟表时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>True solar time</source>
            <translation>真太阳时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time base</source>
            <translation>时间基准</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time step</source>
            <translation>时间步长</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <location line="+4" />
            <source> m</source>
            <translation> 米</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Point spacing</source>
            <translation>采样点间距</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Height of ground-grid points above the ground</source>
            <translation>地面网格采样点的离地高度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grid height</source>
            <translation>网格高度</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Grids cover the project's parcels grown by this margin</source>
            <translation>网格覆盖项目各地块向外扩展此距离后的范围</translation>
        </message>
        <message>
            <location line="+1" />
            <source>whole city</source>
            <translation>整个城市</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Area: parcels +</source>
            <translation>范围：地块 +</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Selected, else new buildings</source>
            <translation>选中的建筑，否则为新建建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New buildings of the scheme</source>
            <translation>方案中的新建建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All buildings</source>
            <translation>全部建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buildings</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Run (F5)</source>
            <translation>运行（F5）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel (Esc)</source>
            <translation>取消（Esc）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No result yet.</source>
            <translation>尚无结果。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save view PNG…</source>
            <translation>保存视图 PNG…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Run analysis</source>
            <translation>运行分析(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Run the analysis chosen in the Analysis panel</source>
            <translation>运行“分析”面板中选择的分析</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Cancel analysis</source>
            <translation>取消分析(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop the running analysis (Esc)</source>
            <translation>停止正在运行的分析（Esc）</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Open a city or a project first</source>
            <translation>请先打开一个城市或项目</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Running: {name}</source>
            <translation>正在运行：{name}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Analysis cancelled</source>
            <translation>分析已取消</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Analysis failed</source>
            <translation>分析失败</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name}: {n} points in {s:.1f} s</source>
            <translation>{name}：{n} 个采样点，用时 {s:.1f} 秒</translation>
        </message>
    </context>
    <context>
        <name>AnalysisResultsMixin</name>
        <message>
            <location filename="../ui/panels/analysis_results.py" line="+40" />
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{n} points; min {lo:.2f}, mean {mean:.2f}, max {hi:.2f} {unit}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{n} 个采样点；最小 {lo:.2f}，平均 {mean:.2f}，最大 {hi:.2f} {unit}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;br&gt;{share:.0%} of points get at least {req:g} h</source>
            <translation>&lt;br&gt;{share:.0%} 的采样点不少于 {req:g} 小时</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;br&gt;Inputs: {note}</source>
            <translation>&lt;br&gt;输入：{note}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Click a coloured square in the 3D view to read its value.</source>
            <translation>在三维视图中单击一个色块以读取其数值。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No result yet.</source>
            <translation>尚无结果。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;br&gt;&lt;i&gt;The scheme changed since this run (F5 runs again).&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;本次运行后方案已更改（按 F5 重新运行）。&lt;/i&gt;</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{value:.2f} {unit} at x {x:.1f}, y {y:.1f}, z {z:.1f}</source>
            <translation>{value:.2f} {unit}，位置 x {x:.1f}，y {y:.1f}，z {z:.1f}</translation>
        </message>
        <message>
            <location line="+3" />
            <source> (building {id})</source>
            <translation>（建筑 {id}）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export results as CSV</source>
            <translation>将结果导出为 CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save view as PNG</source>
            <translation>将视图保存为 PNG</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
    </context>
    <context>
        <name>AttributesPanel</name>
        <message>
            <location filename="../ui/panels/attributes.py" line="+34" />
            <source>Property</source>
            <translation>属性</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Click a building to see its attributes.</source>
            <translation>单击一栋建筑以查看其属性。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use</source>
            <translation>用途</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Height (m)</source>
            <translation>建筑高度（米）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base level (m)</source>
            <translation>基底标高（米）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Floors</source>
            <translation>层数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Footprint area (m²)</source>
            <translation>基底面积（m²）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Triangles</source>
            <translation>三角面数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../ui/batch_dialog.py" line="+45" />
            <source>City batch run</source>
            <translation>城市批量计算</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelled: whole tiles are kept; tick Resume to continue.</source>
            <translation>已取消：已完成的分块均已保留；勾选“继续”可接着运行。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>PV potential of every roof (annual irradiance)</source>
            <translation>所有屋顶的光伏潜力（年辐照量）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Window sunlight audit of residential buildings</source>
            <translation>住宅建筑窗户日照普查</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+105" />
            <source>City file</source>
            <translation>城市文件</translation>
        </message>
        <message>
            <location line="-102" />
            <location line="+108" />
            <source>Output folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message>
            <location line="-104" />
            <source>Weather file (EPW/TMY3)</source>
            <translation>气象文件（EPW/TMY3）</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+35" />
            <source> m</source>
            <translation> 米</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Roof point spacing</source>
            <translation>屋顶采样点间距</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Sunlight standard</source>
            <translation>日照标准</translation>
        </message>
        <message>
            <location line="+4" />
            <source>profile's</source>
            <translation>按配置</translation>
        </message>
        <message>
            <location line="+1" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time step</source>
            <translation>时间步长</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treat every building as residential (data without a use)</source>
            <translation>将所有建筑视为住宅（适用于无用途信息的数据）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>empty = a local cluster on this computer; or tcp://HOST:8786</source>
            <translation>留空 = 在本机启动本地集群；或 tcp://HOST:8786</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dask scheduler</source>
            <translation>Dask 调度器</translation>
        </message>
        <message>
            <location line="+5" />
            <source>one per core</source>
            <translation>每个核心一个</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local worker processes; 0 runs the tiles in this process (no Dask)</source>
            <translation>本地工作进程数；0 表示在本进程中计算各分块（不使用 Dask）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local workers</source>
            <translation>本地工作进程</translation>
        </message>
        <message>
            <location line="+4" />
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tile size</source>
            <translation>分块大小</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume the run in the output folder</source>
            <translation>继续输出文件夹中的运行</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not started.</source>
            <translation>尚未开始。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel run</source>
            <translation>取消运行</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show result…</source>
            <translation>显示结果…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Colour the buildings by a finished run's buildings.geojson</source>
            <translation>按已完成运行的 buildings.geojson 为建筑着色</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clear result</source>
            <translation>清除结果</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Weather file</source>
            <translation>气象文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weather (*.epw *.csv);;All files (*)</source>
            <translation>气象文件 (*.epw *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Batch result</source>
            <translation>批量计算结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>buildings.geojson (*.geojson)</source>
            <translation>buildings.geojson (*.geojson)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>choose a weather file (EPW or TMY3 CSV)</source>
            <translation>请选择气象文件（EPW 或 TMY3 CSV）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>choose the city file and an output folder</source>
            <translation>请选择城市文件和输出文件夹</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Failed: {e}</source>
            <translation>失败：{e}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Done in {s:.0f} s ({totals}).</source>
            <translation>完成，用时 {s:.0f} 秒（{totals}）。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>PV kWh/year</source>
            <translation>光伏 kWh/年</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pass share</source>
            <translation>合格比例</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{n} of {total} result buildings are in the city shown, coloured by {key}. Click a building to see its figures.</source>
            <translation>{total} 栋结果建筑中有 {n} 栋位于当前显示的城市中，按 {key} 着色。单击建筑可查看其数值。</translation>
        </message>
        <message>
            <location line="+70" />
            <source>City &amp;batch…</source>
            <translation>城市批量计算(&amp;B)…</translation>
        </message>
    </context>
    <context>
        <name>ChartsWidget</name>
        <message>
            <location filename="../ui/compare/charts.py" line="+24" />
            <source>Metric:</source>
            <translation>指标：</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Overview: each metric with a better direction, scaled from the worst column (centre) to the best (edge)</source>
            <translation>概览：每个有优劣方向的指标，自最差列（中心）至最优列（边缘）归一化</translation>
        </message>
    </context>
    <context>
        <name>ColourByCombo</name>
        <message>
            <location filename="../ui/colour_by.py" line="+19" />
            <source>Colour buildings by</source>
            <translation>建筑着色依据</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Height</source>
            <translation>建筑高度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roof level</source>
            <translation>屋顶标高</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Floors</source>
            <translation>层数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use</source>
            <translation>用途</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roof / wall</source>
            <translation>屋顶 / 墙体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plain</source>
            <translation>单色</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Attribute: {name}</source>
            <translation>属性：{name}</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <location filename="../ui/compare/window.py" line="+55" />
            <source>Compare schemes</source>
            <translation>方案比选</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Comparison</source>
            <translation>对比</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export &amp;report (HTML)…</source>
            <translation>导出报告（HTML）(&amp;R)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export table (&amp;CSV)…</source>
            <translation>导出表格（CSV）(&amp;C)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export c&amp;harts…</source>
            <translation>导出图表(&amp;H)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Schemes&lt;/b&gt; (2 to 4)</source>
            <translation>&lt;b&gt;方案&lt;/b&gt;（2 至 4 个）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Quick (10 min steps, coarse grids)</source>
            <translation>快速（10 分钟步长，粗网格）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full (rule's time step, fine grids; slow)</source>
            <translation>完整（规则规定的时间步长，细网格；较慢）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings:</source>
            <translation>设置：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Shadow longer than:</source>
            <translation>阴影时长超过：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status quo column</source>
            <translation>现状列</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Compute table</source>
            <translation>计算对比表(&amp;C)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Colour by:</source>
            <translation>着色依据：</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+142" />
            <source>Buildings only</source>
            <translation>仅建筑</translation>
        </message>
        <message>
            <location line="-138" />
            <source>Differences against:</source>
            <translation>差异对比基准：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Before</source>
            <translation>实施前</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Before (status quo) / after (the scheme)</source>
            <translation>实施前（现状）/ 实施后（方案）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>After</source>
            <translation>实施后</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reset view</source>
            <translation>重置视图</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Table</source>
            <translation>表格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <location line="+27" />
            <source>At most {n} schemes side by side</source>
            <translation>最多并排显示 {n} 个方案</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status quo</source>
            <translation>现状</translation>
        </message>
        <message>
            <location line="+107" />
            <source>existing</source>
            <translation>现状</translation>
        </message>
        <message>
            <location line="+0" />
            <source>new buildings</source>
            <translation>新建建筑</translation>
        </message>
        <message>
            <location line="+2" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location line="+0" />
            <source>taller</source>
            <translation>加高</translation>
        </message>
        <message>
            <location line="+0" />
            <source>lower</source>
            <translation>降低</translation>
        </message>
        <message>
            <location line="+1" />
            <source>footprint or use changed</source>
            <translation>基底或用途变更</translation>
        </message>
        <message>
            <location line="+0" />
            <source>removed</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unchanged</source>
            <translation>未变更</translation>
        </message>
        <message>
            <location line="+2" />
            <source>parcel</source>
            <translation>地块</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Views not rendered: {error}</source>
            <translation>视图未能渲染：{error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export comparison report</source>
            <translation>导出方案比选报告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>HTML report (*.html)</source>
            <translation>HTML 报告 (*.html)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Report written to {path}</source>
            <translation>报告已写入 {path}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export comparison table</source>
            <translation>导出对比表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Table written to {path}</source>
            <translation>表格已写入 {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export charts</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Charts written next to {path}</source>
            <translation>图表已写入 {path} 旁</translation>
        </message>
    </context>
    <context>
        <name>ComparisonTableWidget</name>
        <message>
            <location filename="../ui/compare/table.py" line="+29" />
            <source>higher is better</source>
            <translation>越高越好</translation>
        </message>
        <message>
            <location line="+0" />
            <source>lower is better</source>
            <translation>越低越好</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no better direction</source>
            <translation>无优劣方向</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Review verdict</source>
            <translation>审查结论</translation>
        </message>
        <message>
            <location line="+3" />
            <source>passed</source>
            <translation>通过</translation>
        </message>
        <message>
            <location line="+0" />
            <source>failed</source>
            <translation>未通过</translation>
        </message>
        <message>
            <location line="+22" />
            <source>best among the schemes ({direction})</source>
            <translation>各方案中最优（{direction}）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>worst among the schemes ({direction})</source>
            <translation>各方案中最差（{direction}）</translation>
        </message>
    </context>
    <context>
        <name>DiffPanel</name>
        <message>
            <location filename="../ui/panels/diff.py" line="+48" />
            <source>Colour the view</source>
            <translation>在视图中着色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Green: added, orange: changed, red ghost: removed or demolished</source>
            <translation>绿色：新增；橙色：变更；红色虚影：移除或拆除</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Building</source>
            <translation>建筑</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What changed</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Height (m)</source>
            <translation>建筑高度（米）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Footprint (m²)</source>
            <translation>基底面积（m²）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location line="+2" />
            <source>with the shown scheme</source>
            <translation>与当前显示的方案</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Status quo</source>
            <translation>现状</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Open a project to compare its schemes.</source>
            <translation>打开一个项目以比较其方案。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{added} added, {removed} removed, {changed} changed; net footprint {net:+,.0f} m²</source>
            <translation>新增 {added}，移除 {removed}，变更 {changed}；基底面积净变化 {net:+,.0f} m²</translation>
        </message>
        <message>
            <location line="+9" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location line="+0" />
            <source>removed</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+0" />
            <source>changed</source>
            <translation>变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>footprint</source>
            <translation>基底面积</translation>
        </message>
        <message>
            <location line="+0" />
            <source>height</source>
            <translation>建筑高度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>floors</source>
            <translation>层数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>use</source>
            <translation>用途</translation>
        </message>
        <message>
            <location line="+0" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+5" />
            <source>demolished</source>
            <translation>已拆除</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (moved {d} m)</source>
            <translation>（移动 {d} 米）</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Select and frame</source>
            <translation>选中并缩放至</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore in this scheme</source>
            <translation>在本方案中恢复</translation>
        </message>
    </context>
    <context>
        <name>EditActions</name>
        <message>
            <location filename="../ui/tools/edit_actions.py" line="+74" />
            <source>&amp;Undo {label}</source>
            <translation>撤销(&amp;U) {label}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo {label}</source>
            <translation>重做(&amp;R) {label}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Undid: {label}</source>
            <translation>已撤销：{label}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Redid: {label}</source>
            <translation>已重做：{label}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>All {n} demolished buildings</source>
            <translation>全部 {n} 栋已拆除建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore demolished building</source>
            <translation>恢复已拆除建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bring back:</source>
            <translation>恢复：</translation>
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <location filename="../ui/panels/histogram.py" line="+73" />
            <source>Run an analysis to see the distribution</source>
            <translation>运行一次分析以查看分布</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{label}{unit}  –  points per bin</source>
            <translation>{label}{unit}  –  各区间采样点数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mean {mean:.2f}{unit}, median {median:.2f}{unit}</source>
            <translation>平均 {mean:.2f}{unit}，中位数 {median:.2f}{unit}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>; {share:.0%} ≥ {req:g}{unit}</source>
            <translation>；{share:.0%} ≥ {req:g}{unit}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../ui/panels/history.py" line="+50" />
            <source>Opened project</source>
            <translation>已打开项目</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Undone: click to redo up to here</source>
            <translation>已撤销：单击可重做到此步</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../ui/language.py" line="+148" />
            <source>&amp;Settings</source>
            <extracomment>The choices of Settings &gt; Language: (settings value, label in its own language).</extracomment>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interface language; applies when plannerapp starts again</source>
            <translation>界面语言；在 plannerapp 重新启动后生效</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+10" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Cannot save settings: {e}</source>
            <translation>无法保存设置：{e}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The new interface language applies when plannerapp starts again.</source>
            <translation>新的界面语言将在 plannerapp 重新启动后生效。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restart now</source>
            <translation>立即重启</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+55" />
            <source>plannerapp</source>
            <translation>plannerapp</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Analysis</source>
            <translation>分析(&amp;A)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(no analyses yet)</source>
            <translation>（尚无分析）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attributes</source>
            <translation>要素属性</translation>
        </message>
        <message>
            <location line="+59" />
            <source> Colour by: </source>
            <translation> 着色依据： </translation>
        </message>
        <message>
            <location line="+9" />
            <source>City files (*.json *.city.json *.cityjson *.jsonl *.geojson *.obj *.gltf *.glb *.ply *.stl)</source>
            <translation>城市文件 (*.json *.city.json *.cityjson *.jsonl *.geojson *.obj *.gltf *.glb *.ply *.stl)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CityJSON (*.json *.city.json *.cityjson)</source>
            <translation>CityJSON (*.json *.city.json *.cityjson)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CityJSON Text Sequences (*.city.jsonl *.jsonl)</source>
            <translation>CityJSON 文本序列 (*.city.jsonl *.jsonl)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GeoJSON footprints (*.geojson *.json)</source>
            <translation>GeoJSON 建筑基底 (*.geojson *.json)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meshes (*.obj *.gltf *.glb *.ply *.stl)</source>
            <translation>网格模型 (*.obj *.gltf *.glb *.ply *.stl)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open city file</source>
            <translation>打开城市文件</translation>
        </message>
        <message>
            <location line="+15" />
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Still loading the previous file…</source>
            <translation>仍在加载上一个文件…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Loading {name}…</source>
            <translation>正在加载 {name}…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{name} – plannerapp</source>
            <translation>{name} – plannerapp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loaded {name}</source>
            <translation>已加载 {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not open {name}</source>
            <translation>无法打开 {name}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Selected {id}</source>
            <translation>已选中 {id}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nothing selected: click a building first</source>
            <translation>未选中任何对象：请先单击一栋建筑</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Save view as image</source>
            <translation>将视图保存为图片</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About plannerapp</source>
            <translation>关于 plannerapp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;plannerapp {version}&lt;/b&gt;&lt;p&gt;3D urban planning and design-scheme review.&lt;/p&gt;&lt;p&gt;Sample city: 3D BAG (TU Delft 3D Geoinformation), CC BY 4.0.&lt;/p&gt;</source>
            <translation>&lt;b&gt;plannerapp {version}&lt;/b&gt;&lt;p&gt;三维城市规划与设计方案审查。&lt;/p&gt;&lt;p&gt;示例城市：3D BAG（代尔夫特理工大学三维地理信息组），CC BY 4.0。&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Viewer controls</source>
            <translation>视图操作说明</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Left drag&lt;/td&gt;&lt;td&gt;rotate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shift + left drag, middle drag&lt;/td&gt;&lt;td&gt;pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Wheel, right drag&lt;/td&gt;&lt;td&gt;zoom&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Click&lt;/td&gt;&lt;td&gt;select a building&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F&lt;/td&gt;&lt;td&gt;frame selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Home, R&lt;/td&gt;&lt;td&gt;reset view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 6&lt;/td&gt;&lt;td&gt;top, iso SW, SE, NE, NW, low from south&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;clear selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;open&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;左键拖动&lt;/td&gt;&lt;td&gt;旋转&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Shift + 左键拖动、中键拖动&lt;/td&gt;&lt;td&gt;平移&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;滚轮、右键拖动&lt;/td&gt;&lt;td&gt;缩放&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;单击&lt;/td&gt;&lt;td&gt;选择建筑&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F&lt;/td&gt;&lt;td&gt;缩放至选中对象&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Home、R&lt;/td&gt;&lt;td&gt;重置视图&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 6&lt;/td&gt;&lt;td&gt;顶视、西南、东南、东北、西北等轴测、南向低视角&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;清除选择&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+O&lt;/td&gt;&lt;td&gt;打开&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Cannot save settings: {e}</source>
            <translation>无法保存设置：{e}</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../ui/tools/dialogs.py" line="+23" />
            <source>Move by offset</source>
            <translation>按偏移量移动</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move {n} building(s) by:</source>
            <translation>将 {n} 栋建筑移动：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>East (x)</source>
            <translation>向东（x）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>North (y)</source>
            <translation>向北（y）</translation>
        </message>
    </context>
    <context>
        <name>ProjectController</name>
        <message>
            <location filename="../ui/project_actions.py" line="-54" />
            <source>Schemes</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Properties</source>
            <translation>建筑属性</translation>
        </message>
        <message>
            <location line="+7" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scheme diff</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <location line="+88" />
            <location line="+58" />
            <source>Recovered the unsaved changes</source>
            <translation>已恢复未保存的更改</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Open project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plannerapp project (project.json);;All files (*)</source>
            <translation>plannerapp 项目 (project.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Still loading the previous project…</source>
            <translation>仍在加载上一个项目…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Loading project {name}…</source>
            <translation>正在加载项目 {name}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not open {name}</source>
            <translation>无法打开 {name}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Opened with {n} problem(s) left out</source>
            <translation>已打开，略去了 {n} 个问题</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot open project</source>
            <translation>无法打开项目</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Opened project {name}</source>
            <translation>已打开项目 {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>New project: choose the context city file</source>
            <translation>新建项目：选择现状城市文件</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot start a project</source>
            <translation>无法新建项目</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New project on {name}: add a scheme to start designing</source>
            <translation>已基于 {name} 新建项目：添加一个方案即可开始设计</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Save project into folder</source>
            <translation>将项目保存到文件夹</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Autosave failed: {e}</source>
            <translation>自动保存失败：{e}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Autosaved to {path}: the project folder is read-only</source>
            <translation>已自动保存到 {path}：项目文件夹为只读</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Autosaved</source>
            <translation>已自动保存</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <location filename="../ui/panels/properties.py" line="+52" />
            <source>Demolish in this scheme</source>
            <translation>在本方案中拆除</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use</source>
            <translation>用途</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Floors</source>
            <translation>层数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Height</source>
            <translation>建筑高度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Storey height</source>
            <translation>层高</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Footprint</source>
            <translation>基底面积</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Select a building of the scheme to edit it, or draw a new one (B).</source>
            <translation>选择本方案中的一栋建筑进行编辑，或绘制一栋新建筑（B）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;{name}&lt;/b&gt; (new in this scheme)</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;（本方案新建）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;{n} new buildings&lt;/b&gt;: changes apply to all</source>
            <translation>&lt;b&gt;{n} 栋新建建筑&lt;/b&gt;：修改将应用于全部</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;{name}&lt;/b&gt;: a status-quo building (read-only). Demolish it to replace it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;：现状建筑（只读）。如需替换，请先将其拆除。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{h} m</source>
            <translation>{h} 米</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{a} m²</source>
            <translation>{a} m²</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../ui/panels/review.py" line="+85" />
            <source>Sunlight check cancelled</source>
            <translation>日照检查已取消</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Run sunlight check</source>
            <translation>运行日照检查</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evaluate the sunlight rules (slow: 10-50 s) on a worker thread (F6)</source>
            <translation>在后台线程中评估日照规则（较慢：10–50 秒）（F6）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export HTML…</source>
            <translation>导出 HTML…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a signable HTML report of this review</source>
            <translation>生成可签署的本次审查 HTML 报告</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Margin</source>
            <translation>余量</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value / limit</source>
            <translation>数值 / 限值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result: green pass, red fail, grey not evaluated</source>
            <translation>结果：绿色为合格，红色为不合格，灰色为未评估</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Run &amp;sunlight check</source>
            <translation>运行日照检查(&amp;S)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export review &amp;report (HTML)…</source>
            <translation>导出审查报告（HTML）(&amp;R)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Review overlays</source>
            <translation>审查叠加图层</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Failing buildings</source>
            <translation>不合格建筑</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colour buildings named by a failed check red (pale red: existing buildings affected)</source>
            <translation>将不合格检查项涉及的建筑标为红色（浅红色：受影响的现有建筑）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcels</source>
            <translation>地块</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Parcel outlines: red when a check failed</source>
            <translation>地块边界：有检查项不合格时显示为红色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setback lines</source>
            <translation>建筑退线</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The parcel shrunk by its setback</source>
            <translation>地块按建筑退线距离向内收缩后的范围</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Height limits</source>
            <translation>建筑限高</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A translucent plane at each parcel's height limit</source>
            <translation>在每个地块的建筑限高处显示半透明平面</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Open a project to review its schemes.</source>
            <translation>打开一个项目以审查其方案。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The status quo is shown: choose a scheme to review it.</source>
            <translation>当前显示现状：请选择一个方案进行审查。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This project has no control plan (controls.geojson): nothing to check.</source>
            <translation>本项目没有规划条件（controls.geojson）：无可检查内容。</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not evaluated</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Review&lt;/b&gt;</source>
            <translation>&lt;b&gt;审查&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&lt;b&gt;Review of {scheme}&lt;/b&gt; (rule profile {profile})</source>
            <translation>&lt;b&gt;{scheme} 审查&lt;/b&gt;（规则配置 {profile}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>PASSED: {n} checks, none failed</source>
            <translation>通过：共 {n} 项检查，均合格</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FAILED: {k} of {n} checks failed</source>
            <translation>未通过：{n} 项检查中 {k} 项不合格</translation>
        </message>
        <message>
            <location line="+3" />
            <source> – {m} not evaluated</source>
            <translation> – {m} 项未评估</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sunlight rules are evaluated only on “Run sunlight check” (F6); every edit makes them “not evaluated” again.</source>
            <translation>日照规则只在“运行日照检查”（F6）时评估；每次编辑后都会重新变为“未评估”。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Parcel {name} ({area} m²)</source>
            <translation>地块 {name}（{area} m²）</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Selected {n} building(s) named by the check</source>
            <translation>已选中该检查项涉及的 {n} 栋建筑</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Checking sunlight…</source>
            <translation>正在检查日照…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The scheme changed during the sunlight check: run it again</source>
            <translation>日照检查期间方案已更改：请重新运行</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sunlight check done in {s:.1f} s</source>
            <translation>日照检查完成，用时 {s:.1f} 秒</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sunlight check failed</source>
            <translation>日照检查失败</translation>
        </message>
    </context>
    <context>
        <name>ReviewReportMixin</name>
        <message>
            <location filename="../ui/panels/review_report.py" line="+22" />
            <source>Export review report</source>
            <translation>导出审查报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HTML report (*.html)</source>
            <translation>HTML 报告 (*.html)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Oblique view from the south-west</source>
            <translation>西南方向斜视图</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan view</source>
            <translation>平面图</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Views not rendered ({e})</source>
            <translation>视图未能渲染（{e}）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
    </context>
    <context>
        <name>RotateDialog</name>
        <message>
            <location filename="../ui/tools/dialogs.py" line="+16" />
            <source>Rotate</source>
            <translation>旋转</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rotate {n} building(s) about their centroids
(counter-clockwise seen from above):</source>
            <translation>将 {n} 栋建筑绕各自形心旋转
（从上方看为逆时针）：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Angle</source>
            <translation>角度</translation>
        </message>
    </context>
    <context>
        <name>SchemesPanel</name>
        <message>
            <location filename="../ui/panels/schemes.py" line="+38" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add an empty scheme</source>
            <translation>添加一个空方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Copy the selected scheme</source>
            <translation>复制选中的方案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename the selected scheme (F2)</source>
            <translation>重命名选中的方案（F2）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the selected scheme (undoable)</source>
            <translation>删除选中的方案（可撤销）</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Status quo</source>
            <translation>现状</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The existing city ({n} buildings); not editable</source>
            <translation>现有城市（{n} 栋建筑）；不可编辑</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{new} new building(s), {gone} demolished, {green} green area(s)</source>
            <translation>新建建筑 {new} 栋，拆除 {gone} 栋，绿地 {green} 处</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open a project to manage its schemes.</source>
            <translation>打开一个项目以管理其方案。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Showing the status quo. Add a scheme (or start drawing) to design.</source>
            <translation>当前显示现状。添加一个方案（或直接开始绘制）以进行设计。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Scheme {n}</source>
            <translation>方案 {n}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Delete scheme</source>
            <translation>删除方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the scheme {name}? (Edit &gt; Undo brings it back.)</source>
            <translation>删除方案 {name}？（可通过“编辑 &gt; 撤销”恢复。）</translation>
        </message>
    </context>
    <context>
        <name>ShadowControls</name>
        <message>
            <location filename="../ui/panels/shadow_slider.py" line="+48" />
            <source>Show shadows and sun</source>
            <translation>显示阴影和太阳</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+78" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location line="-11" />
            <source>{hh:02d}:{mm:02d} local clock time</source>
            <translation>地方钟表时间 {hh:02d}:{mm:02d}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{hh:02d}:{mm:02d}: the sun is below the horizon</source>
            <translation>{hh:02d}:{mm:02d}：太阳在地平线以下</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{hh:02d}:{mm:02d}: computing the shadows of {n} buildings…</source>
            <translation>{hh:02d}:{mm:02d}：正在计算 {n} 栋建筑的阴影…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>{hh:02d}:{mm:02d} local clock time: sun altitude {alt:.1f}°, azimuth {az:.1f}° (from true north); shadow area {area:,.0f} m²</source>
            <translation>地方钟表时间 {hh:02d}:{mm:02d}：太阳高度角 {alt:.1f}°，方位角 {az:.1f}°（自真北起算）；阴影面积 {area:,.0f} m²</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../ui/statusbar.py" line="+28" />
            <source>{b} buildings · {t} triangles</source>
            <translation>{b} 栋建筑 · {t} 个三角面</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no CRS</source>
            <translation>无坐标参考系</translation>
        </message>
    </context>
    <context>
        <name>ViewSync</name>
        <message>
            <location filename="../ui/view_sync.py" line="+105" />
            <source>status quo</source>
            <extracomment>set while the viewer's freshly loaded city becomes an untitled project (no second merge) set while saving (the Session reports "project" then, nothing to re-show)</extracomment>
            <translation>现状</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}[*] – {scheme} – plannerapp</source>
            <translation>{name}[*] – {scheme} – plannerapp</translation>
        </message>
    </context>
    <context>
        <name>analysis</name>
        <message>
            <location filename="../analysis/profiles.py" line="+147" />
            <source>profile {id!r} has no {key!r}</source>
            <extracomment>standard days as (month, day); days that are solar terms (SOLAR_TERMS) move by a day between years and are computed from the sun's apparent longitude instead apparent solar longitude (deg) of the days that are solar terms: Great Cold (Dahan) and the winter solstice (Dongzhi); their date is taken in the profile's calendar time zone</extracomment>
            <translation>配置 {id!r} 缺少 {key!r}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>profile {id!r}: unknown standard_day {day!r}</source>
            <translation>配置 {id!r}：未知的日照标准日 standard_day {day!r}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>profile {id!r}: {error}</source>
            <translation>配置 {id!r}：{error}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>cannot read sunlight profile file ({error})</source>
            <translation>无法读取日照配置文件（{error}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a sunlight profile file needs a 'profiles' list</source>
            <translation>日照配置文件需要包含 'profiles' 列表</translation>
        </message>
        <message>
            <location line="+28" />
            <source>unknown sunlight profile {name!r} (known: {known})</source>
            <translation>未知的日照配置 {name!r}（已知：{known}）</translation>
        </message>
        <message>
            <location filename="../analysis/sun.py" line="+89" />
            <source>unknown time zone {zone!r} (use an IANA name such as Asia/Shanghai, or +08:00)</source>
            <translation>未知时区 {zone!r}（请使用 IANA 名称，如 Asia/Shanghai，或 +08:00）</translation>
        </message>
        <message>
            <location line="+135" />
            <source>time {value!r} is not HH:MM</source>
            <extracomment>smallest time step, minutes (one second)</extracomment>
            <translation>时间 {value!r} 不是 HH:MM 格式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>time {value!r} is outside 00:00-24:00</source>
            <translation>时间 {value!r} 超出 00:00–24:00</translation>
        </message>
        <message>
            <location line="+25" />
            <source>date {value!r} is not YYYY-MM-DD</source>
            <translation>日期 {value!r} 不是 YYYY-MM-DD 格式</translation>
        </message>
        <message>
            <location line="+3" />
            <source>time step {value!r} min must be positive</source>
            <translation>时间步长 {value!r} 分钟必须为正数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>time step {value!r} min is below one second</source>
            <translation>时间步长 {value!r} 分钟小于一秒</translation>
        </message>
        <message>
            <location line="+2" />
            <source>time window {start}-{end} is empty (end must be after start)</source>
            <translation>时间段 {start}–{end} 为空（结束时间必须晚于开始时间）</translation>
        </message>
        <message>
            <location line="+79" />
            <source>the scene has no coordinate reference system: give the site latitude and longitude</source>
            <translation>场景没有坐标参考系：请给出场地的纬度和经度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cannot derive the site position from CRS {crs}: give --lat and --lon</source>
            <translation>无法由坐标参考系 {crs} 推算场地位置：请给出 --lat 和 --lon</translation>
        </message>
        <message>
            <location filename="../analysis/weather.py" line="+58" />
            <source>weather file not found</source>
            <translation>未找到气象文件</translation>
        </message>
        <message>
            <location line="+14" />
            <source>unknown weather file type {ext!r}: use an EPW (.epw) or TMY3 (.csv) file</source>
            <translation>未知的气象文件类型 {ext!r}：请使用 EPW（.epw）或 TMY3（.csv）文件</translation>
        </message>
        <message>
            <location line="+5" />
            <source>cannot read the weather file ({error})</source>
            <translation>无法读取气象文件（{error}）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no {column} column</source>
            <translation>缺少 {column} 列</translation>
        </message>
        <message>
            <location line="+4" />
            <source>only {n} hourly rows</source>
            <translation>仅有 {n} 行逐时数据</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} hours have missing irradiance</source>
            <translation>{n} 个小时缺少辐照度数据</translation>
        </message>
        <message>
            <location line="+2" />
            <source>irradiance outside 0-1500 W/m2 (wrong units or a corrupt file)</source>
            <translation>辐照度超出 0–1500 W/m2（单位错误或文件损坏）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the header has no usable latitude/longitude</source>
            <translation>文件头中没有可用的纬度/经度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>latitude/longitude {lat}, {lon} out of range</source>
            <translation>纬度/经度 {lat}, {lon} 超出范围</translation>
        </message>
        <message>
            <location filename="../analysis/points.py" line="+45" />
            <source>a {spacing:g} m grid over {width:.0f} x {depth:.0f} m would have {n:.3g} points (limit {limit:.3g}): use a coarser spacing or a smaller area</source>
            <extracomment>most points one grid may have (a finer grid would exhaust memory before any work)</extracomment>
            <translation>在 {width:.0f} x {depth:.0f} 米范围内以 {spacing:g} 米间距布置网格将有 {n:.3g} 个采样点（上限 {limit:.3g}）：请使用更大的间距或更小的范围</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <location filename="terms.py" line="+65" />
            <source>usage: </source>
            <extracomment>argparse's own messages (``--help`` headings, usage errors), in the "argparse" context</extracomment>
            <translation>用法：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>show program's version number and exit</source>
            <translation>显示程序版本号并退出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选项值：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <location line="+1" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected one argument</source>
            <translation>需要一个参数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected at most one argument</source>
            <translation>最多需要一个参数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected at least one argument</source>
            <translation>至少需要一个参数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one of the arguments %s is required</source>
            <translation>参数 %s 中必须给出一个</translation>
        </message>
    </context>
    <context>
        <name>batch</name>
        <message>
            <location filename="../batch/cluster.py" line="+83" />
            <source>dashboard off</source>
            <extracomment>how long a reachable scheduler may take to get its first worker</extracomment>
            <translation>仪表板已关闭</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{link} (bokeh is not installed: the dashboard pages are empty)</source>
            <translation>{link}（未安装 bokeh：仪表板页面为空）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>cannot reach the Dask scheduler at {addr} within {t:g} s ({error})</source>
            <translation>在 {t:g} 秒内无法连接 {addr} 处的 Dask 调度器（{error}）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the Dask scheduler at {addr} has no workers (waited {t:g} s)</source>
            <translation>{addr} 处的 Dask 调度器没有工作进程（已等待 {t:g} 秒）</translation>
        </message>
        <message>
            <location filename="../batch/irradiance_job.py" line="+59" />
            <source>--spacing must be a positive number of metres</source>
            <translation>--spacing 必须是以米为单位的正数</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} must be in (0, 1], not {value}</source>
            <translation>{name} 必须在 (0, 1] 范围内，而不是 {value}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--albedo must be in [0, 1]</source>
            <translation>--albedo 必须在 [0, 1] 范围内</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unknown sky model {model!r}</source>
            <translation>未知的天空模型 {model!r}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--sky-rays must be at least 8</source>
            <translation>--sky-rays 至少为 8</translation>
        </message>
        <message>
            <location line="+164" />
            <source>{b} buildings, {p} roof points, roof area {a:,.0f} m2, PV {pv:,.0f} kWh/year</source>
            <translation>{b} 栋建筑，{p} 个屋顶采样点，屋顶面积 {a:,.0f} m2，光伏发电量 {pv:,.0f} kWh/年</translation>
        </message>
        <message>
            <location filename="../batch/runinfo.py" line="+67" />
            <source>the output path is a file, not a folder</source>
            <extracomment>what a batch output folder may hold besides run.json</extracomment>
            <translation>输出路径是文件，而不是文件夹</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the output folder already holds other files ({names}); use an empty or new folder</source>
            <translation>输出文件夹中已有其他文件（{names}）；请使用空文件夹或新文件夹</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the output folder holds a batch {other} run; use another folder for a {analysis} run</source>
            <translation>输出文件夹中存有一次 {other} 批量运行；{analysis} 运行请使用其他文件夹</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the output folder holds files that are not part of a batch run ({names})</source>
            <translation>输出文件夹中有不属于批量运行的文件（{names}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the output folder already holds a {analysis} run; add --resume to continue it, or choose a new folder</source>
            <translation>输出文件夹中已有一次 {analysis} 运行；添加 --resume 以继续，或选择新文件夹</translation>
        </message>
        <message>
            <location filename="../batch/runner.py" line="+75" />
            <source>tiles {t}/{T}, buildings {b}/{B}, ETA {eta}</source>
            <translation>分块 {t}/{T}，建筑 {b}/{B}，预计剩余 {eta}</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the city has no coordinate reference system; batch tiles need a metric projected CRS</source>
            <translation>城市没有坐标参考系；批量分块需要以米为单位的投影坐标系</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown or non-metric CRS {crs}: batch tiles need a projected CRS in metres</source>
            <translation>未知或非米制的坐标参考系 {crs}：批量分块需要以米为单位的投影坐标系</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the city has no buildings</source>
            <translation>城市中没有建筑</translation>
        </message>
        <message>
            <location line="+23" />
            <source>--tile-m must be 0 (one tile) or a positive number of metres</source>
            <translation>--tile-m 必须为 0（单个分块）或以米为单位的正数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--halo-cap-m must be positive</source>
            <translation>--halo-cap-m 必须为正数</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Dask scheduler {addr}, {n} workers, dashboard: {dash}</source>
            <translation>Dask 调度器 {addr}，{n} 个工作进程，仪表板：{dash}</translation>
        </message>
        <message>
            <location line="+35" />
            <source>file not found</source>
            <translation>未找到文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is a folder, not a city file</source>
            <translation>是文件夹，不是城市文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>reusing the tile store in {folder}</source>
            <translation>复用 {folder} 中的分块存储</translation>
        </message>
        <message>
            <location line="+35" />
            <source>parameters differ from the previous run: recomputing every tile</source>
            <translation>参数与上次运行不同：重新计算所有分块</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{n} Dask worker(s) cannot see the output folder ({workers}); workers need it at the same path, e.g. on a shared file system</source>
            <translation>{n} 个 Dask 工作进程无法访问输出文件夹（{workers}）；工作进程需要在相同路径下访问它，例如通过共享文件系统</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{n} tiles of {m:g} m, halo {h:g} m ({k} already done)</source>
            <translation>{n} 个 {m:g} 米的分块，缓冲区 {h:g} 米（已完成 {k} 个）</translation>
        </message>
        <message>
            <location filename="../batch/sunhours_job.py" line="+59" />
            <source>--floors must be lowest or all</source>
            <translation>--floors 必须为 lowest 或 all</translation>
        </message>
        <message>
            <location line="+2" />
            <source>residential selection must be use, attribute or all</source>
            <translation>住宅筛选方式必须为 use、attribute 或 all</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--use-attribute needs an attribute name</source>
            <translation>--use-attribute 需要一个属性名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--step-min must be positive</source>
            <translation>--step-min 必须为正数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>window width must be positive and not above the window spacing</source>
            <translation>窗宽必须为正数，且不大于窗间距</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--year {year} is out of range</source>
            <translation>--year {year} 超出范围</translation>
        </message>
        <message>
            <location line="+39" />
            <source>no building has a residential value ({values}) in attribute {attr!r}</source>
            <translation>没有建筑的属性 {attr!r} 取值为住宅（{values}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no building has a residential use (this file has no use: give --use-attribute NAME[=VALUES] or --residential-all)</source>
            <translation>没有住宅用途的建筑（此文件无用途信息：请给出 --use-attribute NAME[=VALUES] 或 --residential-all）</translation>
        </message>
        <message>
            <location line="+138" />
            <source>{b} residential buildings, {w} windows, {p} pass</source>
            <translation>住宅建筑 {b} 栋，窗户 {w} 个，合格 {p} 个</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../cli/__init__.py" line="+43" />
            <source>3D urban planning and design-scheme review.</source>
            <translation>三维城市规划与设计方案审查。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>interface language: en or zh_CN (default: system locale)</source>
            <translation>界面语言：en 或 zh_CN（默认：跟随系统区域设置）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>run a short end-to-end check and exit</source>
            <translation>运行一次简短的端到端自检后退出</translation>
        </message>
        <message>
            <location line="+26" />
            <source>error: {message}</source>
            <translation>错误：{message}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>unknown command {name}</source>
            <translation>未知命令 {name}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <location filename="../cli/batch.py" line="+29" />
            <source>city file (CityJSON, GeoJSON, mesh) in a metric projected CRS</source>
            <translation>采用米制投影坐标系的城市文件（CityJSON、GeoJSON、网格模型）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>output folder (new or empty; or a run to --resume)</source>
            <translation>输出文件夹（新建或空文件夹；或用 --resume 继续的运行）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tile edge in metres (default: 500, smaller for small cities; 0 = one tile)</source>
            <translation>分块边长，米（默认 500，小城市更小；0 = 单个分块）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>local worker processes (default: one per core)</source>
            <translation>本地工作进程数（默认：每个核心一个）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>run on an existing Dask cluster, e.g. tcp://10.0.0.5:8786</source>
            <translation>在已有的 Dask 集群上运行，例如 tcp://10.0.0.5:8786</translation>
        </message>
        <message>
            <location line="+1" />
            <source>continue the run in --out (skip finished tiles)</source>
            <translation>继续 --out 中的运行（跳过已完成的分块）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>largest halo around a tile, metres (default 500)</source>
            <translation>分块周围缓冲区的最大宽度，米（默认 500）</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../cli/heat.py" line="+61" />
            <location filename="../cli/irradiance.py" line="+44" />
            <location filename="../cli/sunhours.py" line="+54" />
            <source>no progress bar</source>
            <translation>不显示进度条</translation>
        </message>
        <message>
            <location line="+7" />
            <source>city-scale irradiance/PV or window sunlight audit on Dask</source>
            <translation>基于 Dask 的城市级辐照/光伏或窗户日照普查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Run an analysis over a whole city, tile by tile, on every core or on a Dask cluster.</source>
            <translation>在全市范围内逐块运行分析，使用全部核心或 Dask 集群。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>annual roof insolation and PV per building</source>
            <translation>逐栋建筑的年屋顶日射量与光伏潜力</translation>
        </message>
        <message>
            <location line="+2" />
            <source>hourly weather file (EPW or TMY3 CSV)</source>
            <translation>逐时气象文件（EPW 或 TMY3 CSV）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>roof point spacing in plan, metres (default 1)</source>
            <translation>屋顶采样点的平面间距，米（默认 1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PV panel efficiency, 0-1 (default 0.20)</source>
            <translation>光伏组件效率，0–1（默认 0.20）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PV system performance ratio, 0-1 (default 0.80)</source>
            <translation>光伏系统性能比，0–1（默认 0.80）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>share of the roof area usable for panels, 0-1 (default 0.6)</source>
            <translation>可用于铺设组件的屋顶面积比例，0–1（默认 0.6）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sky diffuse transposition model (default perez)</source>
            <translation>天空散射辐射转换模型（默认 perez）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ground albedo (default 0.2)</source>
            <translation>地面反照率（默认 0.2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rays per point for the sky view factor (default 128)</source>
            <translation>计算天空可视因子时每点的射线数（默认 128）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>window sunlight audit of every residential building</source>
            <translation>所有住宅建筑的窗户日照普查</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sunlight profile id, e.g. gb50180_I_II_III_VII_large</source>
            <translation>日照配置编号，例如 gb50180_I_II_III_VII_large</translation>
        </message>
        <message>
            <location line="+1" />
            <source>year of the profile's standard day (default: this year)</source>
            <translation>配置中日照标准日所在年份（默认：今年）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time step in minutes (default: the profile's)</source>
            <translation>时间步长，分钟（默认：按配置）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>window storeys: lowest (GB 50180) or all</source>
            <translation>计算窗户的楼层：lowest（最低住宅层，GB 50180）或 all（全部）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time zone for clock-time profiles, e.g. Asia/Shanghai</source>
            <translation>钟表时间配置所用的时区，例如 Asia/Shanghai</translation>
        </message>
        <message>
            <location line="+3" />
            <source>source attribute holding the use; residential when its value is one of VALUES (comma-separated; default: residential, woonfunctie, wonen, ...)</source>
            <translation>存放用途的源数据属性；其值属于 VALUES（逗号分隔；默认：residential、woonfunctie、wonen 等）时视为住宅</translation>
        </message>
        <message>
            <location line="+3" />
            <source>audit every building (data without a use, e.g. Dutch 3D BAG)</source>
            <translation>普查所有建筑（适用于无用途信息的数据，如荷兰 3D BAG）</translation>
        </message>
        <message>
            <location line="+52" />
            <source>--workers must be at least 1</source>
            <translation>--workers 至少为 1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>stopped: finished tiles are kept in {out}; add --resume to continue</source>
            <translation>已停止：已完成的分块保存在 {out} 中；添加 --resume 可继续</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{summary}; {computed} tiles computed, {skipped} skipped; written to {out}</source>
            <translation>{summary}；计算分块 {computed} 个，跳过 {skipped} 个；已写入 {out}</translation>
        </message>
        <message>
            <location filename="../cli/diff.py" line="+18" />
            <source>compare two schemes (or a scheme and the status quo)</source>
            <translation>比较两个方案（或一个方案与现状）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List the buildings added, removed (demolished) and changed (footprint, height, floors, use, name) from A to B.</source>
            <translation>列出从 A 到 B 新增、移除（拆除）和变更（基底、高度、层数、用途、名称）的建筑。</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../cli/heat.py" line="-23" />
            <location filename="../cli/import_ifc.py" line="+22" />
            <source>project folder</source>
            <translation>项目文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>scheme id/name, or status-quo</source>
            <translation>方案编号/名称，或 status-quo（现状）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>print JSON records</source>
            <translation>输出 JSON 记录</translation>
        </message>
        <message>
            <location line="+13" />
            <source>no scheme {name} (choose from: {names})</source>
            <translation>没有方案 {name}（可选：{names}）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location line="+0" />
            <source>removed</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+0" />
            <source>changed</source>
            <translation>变更</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{added} added, {removed} removed, {changed} changed; footprint {net:+.0f} m2</source>
            <translation>新增 {added}，移除 {removed}，变更 {changed}；基底面积 {net:+.0f} m2</translation>
        </message>
        <message>
            <location filename="../cli/gui.py" line="+14" />
            <source>start the desktop application (default)</source>
            <translation>启动桌面应用程序（默认）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>project folder or city file to open (default: the sample project)</source>
            <translation>要打开的项目文件夹或城市文件（默认：示例项目）</translation>
        </message>
        <message>
            <location filename="../cli/heat.py" line="-7" />
            <source>heat indicators: sky view, heat island, mean radiant temperature, LCZ</source>
            <translation>热环境指标：天空可视因子、城市热岛、平均辐射温度、局地气候区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compute sky view factor, Oke's nocturnal heat-island estimate, mean radiant temperature at 1.1 m and ground surface temperature on a ground grid for a chosen or the hottest day, and the Local Climate Zone.</source>
            <translation>在地面网格上计算指定日或最热日的天空可视因子、Oke 夜间城市热岛强度估算、1.1 米高度的平均辐射温度和地表温度，以及局地气候区（LCZ）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>design scheme (id or name); default: the status quo</source>
            <translation>设计方案（编号或名称）；默认：现状</translation>
        </message>
        <message>
            <location line="+2" />
            <source>day, YYYY-MM-DD (month and day of the weather file)</source>
            <translation>日期，YYYY-MM-DD（取气象文件中的月、日）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the hottest day of the weather file (default)</source>
            <translation>气象文件中的最热日（默认）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EPW or TMY3 CSV weather file (default: the project's, else clear sky)</source>
            <translation>EPW 或 TMY3 CSV 气象文件（默认：项目的气象文件，否则为晴空）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>grid spacing, metres (default 2)</source>
            <translation>网格间距，米（默认 2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>analysis area: the parcels grown by this many metres (default 50)</source>
            <translation>分析范围：地块向外扩展的距离，米（默认 50）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>analyse the whole city instead of the parcels' surroundings</source>
            <translation>分析整个城市，而不只是地块周边</translation>
        </message>
        <message>
            <location line="+2" />
            <source>also write Tmrt and ground temperature at this hour (local standard time); repeatable</source>
            <translation>另外输出该时刻（地方标准时）的 Tmrt 和地表温度；可重复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON file of material overrides, e.g. {"ground": "asphalt"}</source>
            <translation>材料覆盖设置的 JSON 文件，例如 {"ground": "asphalt"}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clear sky only: assumed maximum air temperature, C (default 30)</source>
            <translation>仅晴空：假定的最高气温，°C（默认 30）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clear sky only: assumed minimum air temperature, C (default 20)</source>
            <translation>仅晴空：假定的最低气温，°C（默认 20）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clear sky only: relative humidity in percent (default 50)</source>
            <translation>仅晴空：相对湿度，百分比（默认 50）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tmrt threshold for 'area above', C (default 55)</source>
            <translation>“超限面积”的 Tmrt 阈值，°C（默认 55）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>also write the Local Climate Zone of square tiles of this size to OUT.lcz.csv</source>
            <translation>另外将此边长方块的局地气候区写入 OUT.lcz.csv</translation>
        </message>
        <message>
            <location line="+2" />
            <source>also run scheme OTHER (or 'status-quo') on the same day and area and print the differences</source>
            <translation>另外在同一天、同一范围内计算方案 OTHER（或 'status-quo'）并输出差值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>also write facade sky view factors to this CSV</source>
            <translation>另外将立面天空可视因子写入此 CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../cli/sunhours.py" line="-1" />
            <source>output CSV file</source>
            <translation>输出 CSV 文件</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--spacing must be a positive number of metres</source>
            <translation>--spacing 必须是以米为单位的正数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--lcz-tiles must be a positive tile size in metres</source>
            <translation>--lcz-tiles 必须是以米为单位的正的方块边长</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--margin must be zero or more metres</source>
            <translation>--margin 必须为零或正的米数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--hour {value} is outside 0-23</source>
            <translation>--hour {value} 超出 0–23</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--rh must be within 0-100 %</source>
            <translation>--rh 必须在 0–100 % 之间</translation>
        </message>
        <message>
            <location filename="../cli/_common.py" line="+57" />
            <location filename="../cli/heat.py" line="+17" />
            <location filename="../cli/irradiance.py" line="+68" />
            <location filename="../cli/screenshot.py" line="+51" />
            <location filename="../cli/selftest.py" line="+162" />
            <location filename="../cli/sunhours.py" line="+219" />
            <source>cannot write the output ({error})</source>
            <translation>无法写入输出（{error}）</translation>
        </message>
        <message>
            <location filename="../cli/heat.py" line="+35" />
            <location line="+8" />
            <location filename="../cli/review.py" line="+87" />
            <location filename="../cli/sunhours.py" line="-187" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+8" />
            <location filename="../cli/review.py" line="+1" />
            <location filename="../cli/sunhours.py" line="+1" />
            <source>no scheme {name!r} in the project (schemes: {names})</source>
            <translation>项目中没有方案 {name!r}（方案：{names}）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>no public ground points in the analysis area (try a smaller --spacing)</source>
            <translation>分析范围内没有公共地面采样点（请尝试更小的 --spacing）</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+16" />
            <source>status quo</source>
            <translation>现状</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Heat analysis: {scheme}, {day}</source>
            <translation>热环境分析：{scheme}，{day}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>warning: the weather station is {km:.0f} km from the site</source>
            <translation>警告：气象站距场地 {km:.0f} 公里</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} public ground points every {spacing:g} m ({area:.0f} m2)</source>
            <translation>{n} 个公共地面采样点，间距 {spacing:g} 米（{area:.0f} m2）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  {key}: mean {mean:.2f}{unit}, p95 {p95:.2f}{unit}</source>
            <translation>  {key}：平均 {mean:.2f}{unit}，95 分位 {p95:.2f}{unit}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>; {area:.0f} m2 above {th:g}{unit}</source>
            <translation>；超过 {th:g}{unit} 的面积 {area:.0f} m2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  Local Climate Zone {code} ({name}); building {b:.0f} %, pervious {p:.0f} %, mean height {h:.1f} m; green roofs {g:.0f} % of roof area</source>
            <translation>  局地气候区 {code}（{name}）；建筑覆盖 {b:.0f} %，透水面 {p:.0f} %，平均高度 {h:.1f} 米；屋顶绿化占屋顶面积 {g:.0f} %</translation>
        </message>
        <message>
            <location line="+5" />
            <source>  roof surface: daily maximum {t:.1f} C (area mean)</source>
            <translation>  屋面：日最高温度 {t:.1f} °C（面积平均）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>; green roofs {g:.1f} C, other roofs {p:.1f} C</source>
            <translation>；绿化屋面 {g:.1f} °C，其他屋面 {p:.1f} °C</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Compared with {other} (same day and area), {scheme} changes:</source>
            <translation>与 {other}（同一天、同一范围）相比，{scheme} 的变化：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>  {key}: {delta:+.2f}</source>
            <translation>  {key}：{delta:+.2f}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Models:</source>
            <translation>模型：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>written to {out} and {meta}</source>
            <translation>已写入 {out} 和 {meta}</translation>
        </message>
        <message>
            <location filename="../cli/import_ifc.py" line="-2" />
            <source>import an IFC file as a scheme of a project</source>
            <translation>将 IFC 文件导入为项目的一个方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import an IFC2X3/IFC4 design submission into a project folder.</source>
            <translation>将 IFC2X3/IFC4 设计报审文件导入项目文件夹。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IFC file</source>
            <translation>IFC 文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>scheme to add to (created when new; default: the file name)</source>
            <translation>要加入的方案（不存在时新建；默认：文件名）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>warning: {message}</source>
            <translation>警告：{message}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} [{id}]: height {h:.2f} m, {f} floors, footprint {a:.0f} m2, GFA {gfa:.0f} m2 ({src}), placed by {how}</source>
            <translation>{name} [{id}]：建筑高度 {h:.2f} 米，{f} 层，基底面积 {a:.0f} m2，总建筑面积 {gfa:.0f} m2（{src}），定位方式：{how}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved scheme {name} in {folder}</source>
            <translation>已将方案 {name} 保存到 {folder}</translation>
        </message>
        <message>
            <location filename="../cli/info.py" line="+24" />
            <source>show what a city file holds: buildings, triangles, CRS, bounding box</source>
            <translation>显示城市文件的内容：建筑、三角面、坐标参考系、包围盒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read a city file (CityJSON, CityJSONSeq, GeoJSON, OBJ, glTF, PLY, STL) and summarise it.</source>
            <translation>读取城市文件（CityJSON、CityJSONSeq、GeoJSON、OBJ、glTF、PLY、STL）并给出摘要。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>city file</source>
            <translation>城市文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>print the summary as JSON</source>
            <translation>以 JSON 输出摘要</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CityJSON level of detail, e.g. 1.2 or 2.2 (default: highest)</source>
            <translation>CityJSON 细节层次（LoD），例如 1.2 或 2.2（默认：最高）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>GeoJSON property holding building heights in metres</source>
            <translation>存放建筑高度（米）的 GeoJSON 属性</translation>
        </message>
        <message>
            <location line="+5" />
            <source>GeoJSON property holding the ground elevation of each building in metres</source>
            <translation>存放每栋建筑地面高程（米）的 GeoJSON 属性</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{file}: {fmt}</source>
            <translation>{file}：{fmt}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  buildings: {n}</source>
            <translation>  建筑：{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  triangles: {n}</source>
            <translation>  三角面：{n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>  CRS: {crs}</source>
            <translation>  坐标参考系：{crs}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none given</source>
            <translation>未给出</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  model CRS (metres): {crs}</source>
            <translation>  模型坐标参考系（米）：{crs}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  extent: longitude {x0} .. {x1}, latitude {y0} .. {y1}, z {z0} .. {z1} m</source>
            <translation>  范围：经度 {x0} .. {x1}，纬度 {y0} .. {y1}，z {z0} .. {z1} 米</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  extent: x {x0} .. {x1}, y {y0} .. {y1}, z {z0} .. {z1}</source>
            <translation>  范围：x {x0} .. {x1}，y {y0} .. {y1}，z {z0} .. {z1}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>  levels of detail used: {lods}</source>
            <translation>  使用的细节层次：{lods}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  warning: {text}</source>
            <translation>  警告：{text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  ... {n} more warnings</source>
            <translation>  ……另有 {n} 条警告</translation>
        </message>
        <message>
            <location filename="../cli/irradiance.py" line="-86" />
            <source>annual roof insolation and rooftop PV potential per building</source>
            <extracomment>most sky-view rays per point (a larger number only multiplies the run time and memory)</extracomment>
            <translation>逐栋建筑的年屋顶日射量与屋顶光伏潜力</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compute annual and monthly insolation (kWh/m2) on roof points and a PV potential per building.</source>
            <translation>计算屋顶采样点的年、月日射量（kWh/m2）及逐栋建筑的光伏潜力。</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../cli/sunhours.py" line="-53" />
            <source>city file or project folder</source>
            <translation>城市文件或项目文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../cli/sunhours.py" line="+1" />
            <source>design scheme of the project (id or name)</source>
            <translation>项目的设计方案（编号或名称）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>EPW or TMY3 CSV weather file (default: clear sky)</source>
            <translation>EPW 或 TMY3 CSV 气象文件（默认：晴空）</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../cli/sunhours.py" line="+8" />
            <source>site latitude, degrees (default: from the scene's CRS)</source>
            <translation>场地纬度，度（默认：由场景坐标参考系推算）</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../cli/sunhours.py" line="+1" />
            <source>site longitude, degrees (default: from the scene's CRS)</source>
            <translation>场地经度，度（默认：由场景坐标参考系推算）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>roof grid spacing, metres</source>
            <translation>屋顶网格间距，米</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sky diffuse transposition model</source>
            <translation>天空散射辐射转换模型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ground albedo (0-1)</source>
            <translation>地面反照率（0–1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sky view rays per point</source>
            <translation>每点的天空可视射线数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PV module efficiency (0-1)</source>
            <translation>光伏组件效率（0–1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PV system performance ratio (0-1)</source>
            <translation>光伏系统性能比（0–1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>usable share of the roof area (0-1)</source>
            <translation>屋顶面积可利用比例（0–1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>output CSV of roof points</source>
            <translation>屋顶采样点的输出 CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>output CSV of the PV potential per building</source>
            <translation>逐栋建筑光伏潜力的输出 CSV</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{name} must be between 0 and 1</source>
            <translation>{name} 必须在 0 到 1 之间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--spacing must be positive and --n-dirs between 8 and {limit}</source>
            <translation>--spacing 必须为正数，且 --n-dirs 必须在 8 到 {limit} 之间</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../cli/sunhours.py" line="+168" />
            <source>give both --lat and --lon</source>
            <translation>请同时给出 --lat 和 --lon</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the scene has no CRS: give --lat and --lon or a weather file</source>
            <translation>场景没有坐标参考系：请给出 --lat 和 --lon，或气象文件</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no roof surfaces in the scene</source>
            <translation>场景中没有屋面</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{n} roof points on {b} buildings; weather: {w}; mean {mean:.0f} kWh/m2/year; PV potential {mwh:.1f} MWh/year ({kwp:.0f} kWp)</source>
            <translation>{b} 栋建筑上的 {n} 个屋顶采样点；气象：{w}；平均 {mean:.0f} kWh/m2/年；光伏潜力 {mwh:.1f} MWh/年（{kwp:.0f} kWp）</translation>
        </message>
        <message>
            <location filename="../cli/open.py" line="+14" />
            <source>open a city file in the desktop application</source>
            <translation>在桌面应用程序中打开城市文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CityJSON, CityJSONSeq, GeoJSON, OBJ, glTF, PLY or STL file</source>
            <translation>CityJSON、CityJSONSeq、GeoJSON、OBJ、glTF、PLY 或 STL 文件</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location filename="../cli/project.py" line="+22" />
            <source>create or describe a project folder</source>
            <translation>新建或查看项目文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project folders: project.json + context + controls.geojson + schemes/*.geojson.</source>
            <translation>项目文件夹：project.json + 现状模型 + controls.geojson + schemes/*.geojson。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>create a project on a context city file</source>
            <translation>以现状城市文件新建项目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CityJSON / GeoJSON / mesh file of the status quo</source>
            <translation>现状的 CityJSON / GeoJSON / 网格模型文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>project folder to create</source>
            <translation>要新建的项目文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>project name (default: the folder name)</source>
            <translation>项目名称（默认：文件夹名）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CRS when the context file does not say, e.g. EPSG:7415</source>
            <translation>现状文件未注明时使用的坐标参考系，例如 EPSG:7415</translation>
        </message>
        <message>
            <location line="+1" />
            <source>describe a project folder</source>
            <translation>查看项目文件夹</translation>
        </message>
        <message>
            <location filename="../cli/compare.py" line="+25" />
            <source>compare design schemes side by side (table, CSV, HTML report)</source>
            <translation>并排比较设计方案（表格、CSV、HTML 报告）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare schemes of a project folder: planning indicators, review result, sunlight, shadow, roof insolation and PV, sky view and heat-island indicators, one column per scheme and the status quo.</source>
            <translation>比较项目文件夹中的各方案：规划指标、审查结果、日照、阴影、屋顶日射量与光伏、天空可视因子和城市热岛指标，每个方案及现状各占一列。</translation>
        </message>
        <message>
            <location filename="../cli/_common.py" line="-10" />
            <location filename="../cli/project.py" line="+1" />
            <source>project folder (with project.json)</source>
            <translation>项目文件夹（含 project.json）</translation>
        </message>
        <message>
            <location filename="../cli/compare.py" line="+7" />
            <source>scheme ids, names or file stems, comma-separated (default: all)</source>
            <translation>方案编号、名称或文件名（不含扩展名），以逗号分隔（默认：全部）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write the table as CSV</source>
            <translation>将表格写为 CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write the HTML report</source>
            <translation>写出 HTML 报告</translation>
        </message>
        <message>
            <location line="+3" />
            <source>coarse grids and 10-minute steps (default)</source>
            <translation>粗网格和 10 分钟步长（默认）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fine grids, the rule's time step and the sunlight rules in the review (slow)</source>
            <translation>细网格、规则规定的时间步长，并在审查中包含日照规则（较慢）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>day for facade and ground sunlight (default: the sunlight control's day)</source>
            <translation>立面和地面日照的计算日（默认：日照控制条件的日照标准日）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>count ground in shadow for more than N hours (default 4)</source>
            <translation>统计阴影时长超过 N 小时的地面（默认 4）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>leave the status quo column out</source>
            <translation>不输出现状列</translation>
        </message>
        <message>
            <location line="+2" />
            <source>print no table and no progress</source>
            <translation>不输出表格和进度</translation>
        </message>
        <message>
            <location line="+29" />
            <source>+ best, - worst among the schemes (status quo not ranked)</source>
            <translation>+ 各方案中最优，- 最差（现状不参与排序）</translation>
        </message>
        <message>
            <location line="+31" />
            <source>--day {value!r} is not YYYY-MM-DD</source>
            <translation>--day {value!r} 不是 YYYY-MM-DD 格式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--shadow-hours must not be negative</source>
            <translation>--shadow-hours 不能为负</translation>
        </message>
        <message>
            <location line="+11" />
            <source>CSV written to {path}</source>
            <translation>CSV 已写入 {path}</translation>
        </message>
        <message>
            <location filename="../cli/project.py" line="+1" />
            <source>print JSON</source>
            <translation>输出 JSON</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Created project {name} in {folder} ({n} context buildings, {crs})</source>
            <translation>已在 {folder} 中新建项目 {name}（现状建筑 {n} 栋，{crs}）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Project: {name}</source>
            <translation>项目：{name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Context: {path} ({n} buildings, {crs})</source>
            <translation>现状：{path}（{n} 栋建筑，{crs}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Site: {lat:.5f} N, {lon:.5f} E</source>
            <translation>场地：北纬 {lat:.5f}，东经 {lon:.5f}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcels: {ids}</source>
            <translation>地块：{ids}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schemes: {n}</source>
            <translation>方案：{n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  {name} [{id}]: {b} buildings, {d} demolished, GFA {gfa:.0f} m2, max height {h:.1f} m, uses {uses}</source>
            <translation>  {name} [{id}]：{b} 栋建筑，拆除 {d} 栋，总建筑面积 {gfa:.0f} m2，最大建筑高度 {h:.1f} 米，用途 {uses}</translation>
        </message>
        <message>
            <location filename="../cli/review.py" line="-63" />
            <source>check a design scheme against the control plan (exit 1 if a rule fails)</source>
            <translation>按规划条件审查设计方案（有规则不合格时退出码为 1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review a scheme of a project folder against its controls.geojson: plot ratio, GFA, coverage, green ratio, height, setback, spacing, uses and sunlight. Exit code 0: every evaluated rule passes; 1: a rule fails; 2: bad input.</source>
            <translation>按项目文件夹中的 controls.geojson 审查其中一个方案：容积率、总建筑面积、建筑密度、绿地率、建筑高度、建筑退线、建筑间距、用途和日照。退出码 0：所有已评估的规则均合格；1：有规则不合格；2：输入有误。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>scheme id, name or file stem</source>
            <translation>方案编号、名称或文件名（不含扩展名）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write the review as JSON</source>
            <translation>将审查结果写为 JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>write the signable HTML report</source>
            <translation>写出可签署的 HTML 报告</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rule profile name (default, xiongan) or JSON file; default: the project's setting</source>
            <translation>规则配置名称（default、xiongan）或 JSON 文件；默认：项目的设置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>also exit 1 when a rule could not be evaluated</source>
            <translation>有规则无法评估时也以退出码 1 退出</translation>
        </message>
        <message>
            <location filename="../cli/compare.py" line="-74" />
            <location filename="../cli/review.py" line="+1" />
            <source>leave the 3D views out of the HTML report</source>
            <translation>HTML 报告中不含三维视图</translation>
        </message>
        <message>
            <location filename="../cli/review.py" line="+1" />
            <source>print only the verdict</source>
            <translation>只输出结论</translation>
        </message>
        <message>
            <location line="+6" />
            <source>PASS</source>
            <translation>合格</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FAIL</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N/A</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location filename="../cli/_common.py" line="+15" />
            <source>warning: views not rendered ({error}); the report has no pictures</source>
            <translation>警告：视图未能渲染（{error}）；报告中没有图片</translation>
        </message>
        <message>
            <location filename="../cli/review.py" line="+32" />
            <source>the project has no parcels with controls: nothing to review</source>
            <translation>项目中没有带规划条件的地块：无可审查内容</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Parcel {id} ({area} m2, {n} buildings)</source>
            <translation>地块 {id}（{area} m2，{n} 栋建筑）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>New buildings on no parcel: {ids}</source>
            <translation>不在任何地块内的新建建筑：{ids}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Scheme {scheme}: PASSED ({n} checks, {na} not evaluated)</source>
            <translation>方案 {scheme}：通过（{n} 项检查，{na} 项未评估）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scheme {scheme}: FAILED ({f} of {n} checks failed, {na} not evaluated)</source>
            <translation>方案 {scheme}：未通过（{n} 项检查中 {f} 项不合格，{na} 项未评估）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>JSON written to {path}</source>
            <translation>JSON 已写入 {path}</translation>
        </message>
        <message>
            <location filename="../cli/compare.py" line="+79" />
            <location filename="../cli/review.py" line="+5" />
            <source>HTML report written to {path}</source>
            <translation>HTML 报告已写入 {path}</translation>
        </message>
        <message>
            <location filename="../cli/screenshot.py" line="-33" />
            <source>size must be WIDTHxHEIGHT, e.g. 1600x1000</source>
            <translation>尺寸格式必须为 宽x高，例如 1600x1000</translation>
        </message>
        <message>
            <location line="+2" />
            <source>size must be between 16 and 8192 pixels</source>
            <translation>尺寸必须在 16 到 8192 像素之间</translation>
        </message>
        <message>
            <location line="+5" />
            <source>render a city file to a PNG image (no display needed)</source>
            <translation>将城市文件渲染为 PNG 图片（无需显示器）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>city file (CityJSON, GeoJSON, OBJ, glTF, PLY, STL)</source>
            <translation>城市文件（CityJSON、GeoJSON、OBJ、glTF、PLY、STL）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG file to write</source>
            <translation>要写入的 PNG 文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>image size WIDTHxHEIGHT (default 1600x1000)</source>
            <translation>图片尺寸 宽x高（默认 1600x1000）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>camera: iso (south-west), top, iso_ne, ... (default iso)</source>
            <translation>相机：iso（西南）、top、iso_ne 等（默认 iso）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>height, top_z, floors, use, surface, none or attr:NAME (default height)</source>
            <translation>height、top_z、floors、use、surface、none 或 attr:NAME（默认 height）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>unknown --colour-by {key}; use one of {keys} or attr:NAME</source>
            <translation>未知的 --colour-by {key}；请使用 {keys} 之一或 attr:NAME</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the output must be a .png file</source>
            <translation>输出必须是 .png 文件</translation>
        </message>
        <message>
            <location line="+8" />
            <source>wrote {path} ({w}x{h}, {n} buildings)</source>
            <translation>已写入 {path}（{w}x{h}，{n} 栋建筑）</translation>
        </message>
        <message>
            <location filename="../cli/selftest.py" line="-123" />
            <source>run a short end-to-end check (sample project, review, sunlight, screenshot)</source>
            <translation>运行一次简短的端到端自检（示例项目、审查、日照、截图）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>folder for the screenshot (default: a new temporary folder)</source>
            <translation>截图所在文件夹（默认：新建临时文件夹）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>print each step and the traceback of a failure</source>
            <translation>输出每一步及失败时的调用栈</translation>
        </message>
        <message>
            <location line="+14" />
            <source>the sample project scenarios/delft-sample was not found</source>
            <translation>未找到示例项目 scenarios/delft-sample</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the sample city has no buildings</source>
            <translation>示例城市中没有建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the sample project has no schemes</source>
            <translation>示例项目中没有方案</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no rule could be evaluated</source>
            <translation>没有可评估的规则</translation>
        </message>
        <message>
            <location line="+19" />
            <source>no sample points</source>
            <translation>没有采样点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>non-finite sunlight hours</source>
            <translation>日照时数不是有限值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no point is sunlit for the whole window</source>
            <translation>没有任何采样点在整个时间段内都有日照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every point got the same hours (no shading)</source>
            <translation>所有采样点的日照时数相同（无遮挡）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{path}: {n} rows, expected 8760</source>
            <translation>{path}：{n} 行，应为 8760 行</translation>
        </message>
        <message>
            <location line="+6" />
            <source>clear-sky irradiation {v:.0f} kWh/m2 is implausible</source>
            <translation>晴空辐照量 {v:.0f} kWh/m2 不合理</translation>
        </message>
        <message>
            <location line="+14" />
            <source>wrong image size {shape}</source>
            <translation>图片尺寸错误 {shape}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the image is blank ({n} colours)</source>
            <translation>图片为空白（{n} 种颜色）</translation>
        </message>
        <message>
            <location line="+47" />
            <source>opened {name}</source>
            <translation>已打开 {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>reviewed {n} checks</source>
            <translation>已审查 {n} 项检查</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sunlight on {n} points</source>
            <translation>{n} 个采样点的日照</translation>
        </message>
        <message>
            <location line="+3" />
            <source>weather read</source>
            <translation>已读取气象数据</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rendered {path}</source>
            <translation>已渲染 {path}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} GUI modules import</source>
            <translation>可导入 {n} 个 GUI 模块</translation>
        </message>
        <message>
            <location line="+2" />
            <source>self-test FAILED at {step}: {reason}</source>
            <translation>自检失败，步骤 {step}：{reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>self-test FAILED at {step}: {error}</source>
            <translation>自检失败，步骤 {step}：{error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>self-test OK in {t:.1f} s: {buildings} buildings, scheme {scheme}: {checks} checks ({failed} failed); sunlight on {points} points, mean {mean:.2f} h; weather {ghi:.0f} kWh/m2, clear sky {clear:.0f} kWh/m2; proj network {net}; {gui} GUI modules; screenshot {png}</source>
            <translation>自检通过，用时 {t:.1f} 秒：{buildings} 栋建筑，方案 {scheme}：{checks} 项检查（{failed} 项不合格）；{points} 个采样点的日照，平均 {mean:.2f} 小时；气象 {ghi:.0f} kWh/m2，晴空 {clear:.0f} kWh/m2；proj 网络 {net}；{gui} 个 GUI 模块；截图 {png}</translation>
        </message>
        <message>
            <location filename="../cli/sunhours.py" line="-185" />
            <source>sunlight hours on points, a ground grid or facades</source>
            <translation>采样点、地面网格或立面的日照时数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compute sunlight hours per point for a day and time window (clock or true solar time) and write them as CSV in the scene's own coordinates.</source>
            <translation>计算指定日期和时间段（钟表时间或真太阳时）内每个采样点的日照时数，并以场景自身坐标写为 CSV。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>day, YYYY-MM-DD (with --profile: the year of its standard day)</source>
            <translation>日期，YYYY-MM-DD（配合 --profile：其日照标准日的年份）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>window start, HH:MM</source>
            <translation>时间段开始，HH:MM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>window end, HH:MM</source>
            <translation>时间段结束，HH:MM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time step in minutes (default 5, or the profile's)</source>
            <translation>时间步长，分钟（默认 5，或按配置）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>read --start/--end as true solar time</source>
            <translation>将 --start/--end 视为真太阳时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time zone of --start/--end, e.g. Asia/Shanghai or +08:00</source>
            <translation>--start/--end 的时区，例如 Asia/Shanghai 或 +08:00</translation>
        </message>
        <message>
            <location line="+4" />
            <source>CSV with x,y,z[,nx,ny,nz] in the scene's coordinates</source>
            <translation>以场景坐标给出 x,y,z[,nx,ny,nz] 的 CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ground grid spacing, metres</source>
            <translation>地面网格间距，米</translation>
        </message>
        <message>
            <location line="+1" />
            <source>receptors on every facade and floor at sill height</source>
            <translation>在每个立面、每一层的窗台高度处布置受照点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>grid height above ground, metres (default 1.5)</source>
            <translation>网格离地高度，米（默认 1.5）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>grow the grid beyond the buildings' extent, metres</source>
            <translation>网格超出建筑范围向外扩展的距离，米</translation>
        </message>
        <message>
            <location line="+1" />
            <source>facade point spacing along walls, metres</source>
            <translation>沿墙面的立面采样点间距，米</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sunlight profile id (cut-offs, counting rule, day and window)</source>
            <translation>日照配置编号（截止条件、计数规则、日期和时间段）</translation>
        </message>
        <message>
            <location line="+38" />
            <location line="+51" />
            <source>file not found</source>
            <translation>未找到文件</translation>
        </message>
        <message>
            <location line="-49" />
            <source>--scheme needs a project folder, not a single city file</source>
            <translation>--scheme 需要项目文件夹，而不是单个城市文件</translation>
        </message>
        <message>
            <location line="+51" />
            <source>cannot read the points CSV ({error})</source>
            <translation>无法读取采样点 CSV（{error}）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>missing column(s) {cols}: the header must be x,y,z[,nx,ny,nz]</source>
            <translation>缺少列 {cols}：表头必须为 x,y,z[,nx,ny,nz]</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no points in the file</source>
            <translation>文件中没有采样点</translation>
        </message>
        <message>
            <location line="+5" />
            <source>row {row}: x, y, z (and normals) must be finite numbers</source>
            <translation>第 {row} 行：x、y、z（及法向量）必须是有限数值</translation>
        </message>
        <message>
            <location line="+4" />
            <source>row {row}: the normal is zero</source>
            <translation>第 {row} 行：法向量为零</translation>
        </message>
        <message>
            <location line="+3" />
            <source>row {row}: implausibly large coordinates (over {limit:.0g})</source>
            <translation>第 {row} 行：坐标大得不合理（超过 {limit:.0g}）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{n} bad rows in all</source>
            <translation>共 {n} 行有误</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--date {value!r} is not YYYY-MM-DD</source>
            <translation>--date {value!r} 不是 YYYY-MM-DD 格式</translation>
        </message>
        <message>
            <location line="+11" />
            <source>give {args} (or --profile NAME)</source>
            <translation>请给出 {args}（或 --profile NAME）</translation>
        </message>
        <message>
            <location filename="../cli/irradiance.py" line="-42" />
            <location filename="../cli/sunhours.py" line="+20" />
            <source>--lat/--lon out of range</source>
            <translation>--lat/--lon 超出范围</translation>
        </message>
        <message>
            <location filename="../cli/sunhours.py" line="+2" />
            <source>--grid spacing must be positive</source>
            <translation>--grid 间距必须为正数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--facade-spacing must be positive</source>
            <translation>--facade-spacing 必须为正数</translation>
        </message>
        <message>
            <location filename="../cli/heat.py" line="-132" />
            <location filename="../cli/sunhours.py" line="+3" />
            <source>{name} must be a finite number</source>
            <translation>{name} 必须是有限数值</translation>
        </message>
        <message>
            <location filename="../cli/sunhours.py" line="+2" />
            <source>--step-min must be positive</source>
            <translation>--step-min 必须为正数</translation>
        </message>
        <message>
            <location line="+37" />
            <source>no sample points (empty grid or no facades)</source>
            <translation>没有采样点（网格为空或没有立面）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{n} points, {k} sun positions ({base} time {start}-{end} on {day}, step {step:g} min): mean {mean:.2f} h, written to {out}</source>
            <translation>{n} 个采样点，{k} 个太阳位置（{base} {start}–{end}，{day}，步长 {step:g} 分钟）：平均 {mean:.2f} 小时，已写入 {out}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>true solar time {start}-{end} is {c0}-{c1} local clock time ({zone})</source>
            <translation>真太阳时 {start}–{end} 即地方钟表时间 {c0}–{c1}（{zone}）</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../commands/base.py" line="+103" />
            <source>there is no scheme {id}</source>
            <translation>不存在方案 {id}</translation>
        </message>
        <message>
            <location filename="../commands/buildings.py" line="+55" />
            <location line="+206" />
            <location line="+31" />
            <source>no building selected</source>
            <translation>未选中建筑</translation>
        </message>
        <message>
            <location line="-227" />
            <location line="+204" />
            <location line="+32" />
            <source>scheme {scheme} has no building {ids}</source>
            <translation>方案 {scheme} 中没有建筑 {ids}</translation>
        </message>
        <message>
            <location line="-201" />
            <source>a move needs finite distances</source>
            <translation>移动距离必须是有限值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move {n} building(s)</source>
            <translation>移动 {n} 栋建筑</translation>
        </message>
        <message>
            <location line="+21" />
            <source>a rotation needs a finite angle</source>
            <translation>旋转角度必须是有限值</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rotate {n} building(s)</source>
            <translation>旋转 {n} 栋建筑</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Set height to {h} m</source>
            <translation>将建筑高度设为 {h} 米</translation>
        </message>
        <message>
            <location line="+14" />
            <source>floors must be a whole number from 1 to 300, not {value}</source>
            <translation>层数必须是 1 到 300 之间的整数，而不是 {value}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set floors to {n}</source>
            <translation>将层数设为 {n}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Set use to {use}</source>
            <translation>将用途设为 {use}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Rename building to {name}</source>
            <translation>将建筑重命名为 {name}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Edit footprint</source>
            <translation>编辑基底</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add building {name}</source>
            <translation>添加建筑 {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../commands/greens.py" line="+28" />
            <source>id {id} is already used</source>
            <translation>编号 {id} 已被使用</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Delete {n} building(s)</source>
            <translation>删除 {n} 栋建筑</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Duplicate {n} building(s)</source>
            <translation>复制 {n} 栋建筑</translation>
        </message>
        <message>
            <location filename="../commands/greens.py" line="-5" />
            <source>Add green area {name}</source>
            <translation>添加绿地 {name}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>no green area selected</source>
            <translation>未选中绿地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete {n} green area(s)</source>
            <translation>删除 {n} 处绿地</translation>
        </message>
        <message>
            <location line="+8" />
            <source>scheme {scheme} has no green area {ids}</source>
            <translation>方案 {scheme} 中没有绿地 {ids}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>no context building selected</source>
            <translation>未选中现状建筑</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the context has no building {ids}</source>
            <translation>现状中没有建筑 {ids}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot restore {ids}: a new building of this scheme uses the same id</source>
            <translation>无法恢复 {ids}：本方案中有新建建筑使用了相同的编号</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Demolish {n} existing building(s)</source>
            <translation>拆除 {n} 栋现状建筑</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Restore {n} existing building(s)</source>
            <translation>恢复 {n} 栋现状建筑</translation>
        </message>
        <message>
            <location filename="../commands/schemes.py" line="+28" />
            <source>a scheme needs a name</source>
            <translation>方案需要名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>there is already a scheme called {name}</source>
            <translation>已存在名为 {name} 的方案</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add scheme {name}</source>
            <translation>添加方案 {name}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{name} (copy)</source>
            <translation>{name}（副本）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Duplicate scheme {name}</source>
            <translation>复制方案 {name}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rename scheme to {name}</source>
            <translation>将方案重命名为 {name}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Delete scheme {name}</source>
            <translation>删除方案 {name}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../ui/errors.py" line="+51" />
            <source>Cannot use the file {name}.</source>
            <translation>无法使用文件 {name}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot use this value.</source>
            <translation>无法使用此值。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File: {path}</source>
            <translation>文件：{path}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot open file</source>
            <translation>无法打开文件</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Something went wrong: {message}</source>
            <translation>出现问题：{message}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The details were written to {path}. Please include that file when you report the problem.</source>
            <translation>详细信息已写入 {path}。报告问题时请附上该文件。</translation>
        </message>
    </context>
    <context>
        <name>glcheck</name>
        <message>
            <location filename="../ui/glcheck.py" line="+62" />
            <source>No OpenGL context could be created.</source>
            <translation>无法创建 OpenGL 上下文。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The graphics driver offers OpenGL {got} ({renderer}); the 3D view needs OpenGL {want} or newer.</source>
            <translation>显卡驱动提供的是 OpenGL {got}（{renderer}）；三维视图需要 OpenGL {want} 或更高版本。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>plannerapp cannot show its 3D view on this computer.

{problem}

What helps:
• update the graphics driver from the maker of the graphics card;
• when working over Remote Desktop, start plannerapp on the computer itself;
• on Windows, put a software OpenGL (Mesa llvmpipe opengl32.dll) beside plannerapp.exe (see the "OpenGL" section of the documentation): slower, but works everywhere.

The command-line tools (plannerapp review, sunhours, screenshot, --self-test) still work.</source>
            <translation>plannerapp 无法在此计算机上显示三维视图。

{problem}

解决办法：
• 从显卡厂商处更新显卡驱动；
• 如通过远程桌面工作，请在该计算机本机上启动 plannerapp；
• 在 Windows 上，将软件 OpenGL（Mesa llvmpipe opengl32.dll）放在 plannerapp.exe 旁边（参见文档中的“OpenGL”一节）：速度较慢，但在任何环境下都可用。

命令行工具（plannerapp review、sunhours、screenshot、--self-test）仍可使用。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>OpenGL too old</source>
            <translation>OpenGL 版本过低</translation>
        </message>
    </context>
    <context>
        <name>heat</name>
        <message>
            <location filename="../analysis/heat_project.py" line="+47" />
            <source>an assumed air temperature or humidity applies to the clear-sky day only, not with a weather file</source>
            <translation>假定的气温或湿度仅适用于晴空日，不能与气象文件同时使用</translation>
        </message>
        <message>
            <location line="+27" />
            <source>no scheme {name!r} in the project (schemes: {names})</source>
            <translation>项目中没有方案 {name!r}（方案：{names}）</translation>
        </message>
        <message>
            <location filename="../analysis/heat_weather.py" line="+77" />
            <source>date {value!r} is not YYYY-MM-DD</source>
            <extracomment>great-circle distance (km) from the weather station to the site (0 for a clear sky at the site)</extracomment>
            <translation>日期 {value!r} 不是 YYYY-MM-DD 格式</translation>
        </message>
        <message>
            <location line="+43" />
            <source>the weather file has no air temperature</source>
            <translation>气象文件中没有气温数据</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the weather file has no air temperature (needed for the heat analysis)</source>
            <translation>气象文件中没有气温数据（热环境分析需要）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the weather file has no relative humidity (needed for sky emission)</source>
            <translation>气象文件中没有相对湿度数据（计算天空长波辐射需要）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>give a date or ask for the hottest day</source>
            <translation>请给出日期，或选择最热日</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the weather file has no complete day {month:02d}-{day:02d}</source>
            <translation>气象文件中没有完整的 {month:02d}-{day:02d} 日数据</translation>
        </message>
        <message>
            <location line="+30" />
            <source>the assumed maximum air temperature is below the minimum</source>
            <translation>假定的最高气温低于最低气温</translation>
        </message>
        <message>
            <location filename="../analysis/materials.py" line="+87" />
            <source>material overrides must be a JSON object</source>
            <translation>材料覆盖设置必须是 JSON 对象</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{key}: unknown surface type {val!r} (known: {known})</source>
            <translation>{key}：未知的下垫面类型 {val!r}（已知：{known}）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{key}.{field}: unknown field (use {known}, pervious)</source>
            <translation>{key}.{field}：未知字段（请使用 {known}、pervious）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{key}.{field}: must be a number</source>
            <translation>{key}.{field}：必须是数值</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{key}.{field}: {value} is outside 0-1</source>
            <translation>{key}.{field}：{value} 超出 0–1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{key}: give a surface type name for a role ({roles}) or an object of values for a surface type</source>
            <translation>{key}：请为角色（{roles}）给出下垫面类型名称，或为下垫面类型给出取值对象</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a materials file needs a 'surfaces' object</source>
            <translation>材料文件需要包含 'surfaces' 对象</translation>
        </message>
        <message>
            <location line="+6" />
            <source>surface {name!r} needs numbers {fields}</source>
            <translation>下垫面 {name!r} 需要数值 {fields}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>surface {name!r}: albedo and emissivity must be within 0-1</source>
            <translation>下垫面 {name!r}：反照率和发射率必须在 0–1 之间</translation>
        </message>
        <message>
            <location line="+6" />
            <source>defaults.{role} must name a surface type</source>
            <translation>defaults.{role} 必须指定一种下垫面类型</translation>
        </message>
        <message>
            <location line="+19" />
            <source>materials file not found</source>
            <translation>未找到材料文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not valid JSON ({error})</source>
            <translation>不是有效的 JSON（{error}）</translation>
        </message>
    </context>
    <context>
        <name>io</name>
        <message>
            <location filename="../io/_cityjson_header.py" line="+16" />
            <source>not a CityJSON file (no "type": "CityJSON")</source>
            <translation>不是 CityJSON 文件（没有 "type": "CityJSON"）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>CityJSON version {version} is not supported (1.0, 1.1, 2.0 are)</source>
            <translation>不支持 CityJSON 版本 {version}（支持 1.0、1.1、2.0）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(missing)</source>
            <translation>（缺失）</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../io/cityjsonseq.py" line="+117" />
            <source>'CityObjects' is missing or not an object</source>
            <translation>'CityObjects' 缺失或不是对象</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'CityObjects' is empty: no buildings in the file</source>
            <translation>'CityObjects' 为空：文件中没有建筑</translation>
        </message>
        <message>
            <location line="+7" />
            <source>'vertices' is missing</source>
            <translation>缺少 'vertices'</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'vertices' is a {kind}, not a list of [x, y, z]</source>
            <translation>'vertices' 是 {kind}，而不是 [x, y, z] 列表</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'vertices' hold numbers too large for coordinates</source>
            <translation>'vertices' 中的数值过大，不能作为坐标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'vertices' must be a list of [x, y, z] numbers (found other values)</source>
            <translation>'vertices' 必须是 [x, y, z] 数值列表（发现其他值）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'vertices' is empty</source>
            <translation>'vertices' 为空</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'vertices' must be a list of [x, y, z] numbers (wrong shape)</source>
            <translation>'vertices' 必须是 [x, y, z] 数值列表（形状不对）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>'transform' needs 'scale' and 'translate', three numbers each</source>
            <translation>'transform' 需要 'scale' 和 'translate'，各三个数值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'transform' scale/translate must be finite and the scale non-zero</source>
            <translation>'transform' 的 scale/translate 必须是有限值，且 scale 不能为零</translation>
        </message>
        <message>
            <location line="+14" />
            <source>'metadata' is not an object</source>
            <translation>'metadata' 不是对象</translation>
        </message>
        <message>
            <location filename="../io/_cityjson_walk.py" line="+61" />
            <source>{where}: 'boundaries' is not a list</source>
            <extracomment>semantic code of a surface without semantics (none in its geometry, or ``null``): guessed later from its normal nesting depth of the vertex indices in ``boundaries`` per type</extracomment>
            <translation>{where}：'boundaries' 不是列表</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{where}: solid #{n} is not a list</source>
            <translation>{where}：实体 #{n} 不是列表</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: unsupported geometry type {kind!r}</source>
            <translation>{where}：不支持的几何类型 {kind!r}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{where}: shell #{n} is not a list</source>
            <translation>{where}：外壳 #{n} 不是列表</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{where}: surface #{n} is not a list of rings</source>
            <translation>{where}：面 #{n} 不是环的列表</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{where}: surface #{n} has a ring that is not a list of vertex indices</source>
            <translation>{where}：面 #{n} 中有一个环不是顶点索引列表</translation>
        </message>
        <message>
            <location line="+89" />
            <source>{where}: 'semantics' is not an object</source>
            <translation>{where}：'semantics' 不是对象</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: 'semantics.surfaces' is not a list</source>
            <translation>{where}：'semantics.surfaces' 不是列表</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{where}: boundaries must hold vertex indices (whole numbers)</source>
            <translation>{where}：boundaries 中必须是顶点索引（整数）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{where}: vertex index {index} is out of range (the file has {n} vertices)</source>
            <translation>{where}：顶点索引 {index} 超出范围（文件共有 {n} 个顶点）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>a geometry</source>
            <translation>某个几何体</translation>
        </message>
        <message>
            <location filename="../io/_common.py" line="+29" />
            <location filename="../io/ifc.py" line="+198" />
            <source>file not found</source>
            <translation>未找到文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>is a directory, not a file</source>
            <translation>是文件夹，不是文件</translation>
        </message>
        <message>
            <location line="+4" />
            <source>cannot be read ({error})</source>
            <translation>无法读取（{error}）</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../io/cityjsonseq.py" line="-18" />
            <source>file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{path}: not UTF-8; read as Chinese GBK/GB18030 (save it as UTF-8 to be sure)</source>
            <translation>{path}：不是 UTF-8 编码；已按中文 GBK/GB18030 读取（为稳妥起见，请另存为 UTF-8）</translation>
        </message>
        <message>
            <location line="-5" />
            <source>not a text (UTF-8) file: undecodable byte at offset {offset}</source>
            <translation>不是文本（UTF-8）文件：偏移 {offset} 处有无法解码的字节</translation>
        </message>
        <message>
            <location line="+56" />
            <source>the file ends too early (truncated?): {error}</source>
            <translation>文件提前结束（可能被截断）：{error}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not valid JSON: {why} (line {line}, column {column})</source>
            <translation>不是有效的 JSON：{why}（第 {line} 行，第 {column} 列）</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../io/cityjsonseq.py" line="-2" />
            <source>not valid JSON: nested too deeply</source>
            <translation>不是有效的 JSON：嵌套层级过深</translation>
        </message>
        <message>
            <location line="+14" />
            <source>referenceSystem {ref!r} is not a text</source>
            <translation>referenceSystem {ref!r} 不是文本</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown coordinate reference system {ref!r}</source>
            <translation>未知的坐标参考系 {ref!r}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>unknown coordinate reference system {ref!r} (no EPSG:{code})</source>
            <translation>未知的坐标参考系 {ref!r}（不存在 EPSG:{code}）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>vertices</source>
            <translation>顶点</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{n} {what} have NaN, infinite or null coordinates (first: #{first})</source>
            <translation>{n} 个{what}的坐标为 NaN、无穷大或空值（第一个：#{first}）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{what} reach {value:.3g}, implausibly large coordinates (limit {limit:.0g} m)</source>
            <translation>{what}达到 {value:.3g}，坐标大得不合理（上限 {limit:.0g} 米）</translation>
        </message>
        <message>
            <location filename="../io/cityjson.py" line="+96" />
            <source>malformed CityJSON geometry: {error}</source>
            <translation>CityJSON 几何体格式错误：{error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>malformed CityJSON ({kind}: {error})</source>
            <translation>CityJSON 格式错误（{kind}：{error}）</translation>
        </message>
        <message>
            <location line="+41" />
            <source>CityObject {id!r} is not an object</source>
            <translation>CityObject {id!r} 不是对象</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CityObject {id!r} has no 'type'</source>
            <translation>CityObject {id!r} 没有 'type'</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{where}: geometry #{n} is not an object</source>
            <translation>{where}：几何体 #{n} 不是对象</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{where}: geometry #{n} has lod {lod!r}</source>
            <translation>{where}：几何体 #{n} 的 lod 为 {lod!r}</translation>
        </message>
        <message>
            <location line="+36" />
            <source>CityObject {id!r} geometry #{n}</source>
            <translation>CityObject {id!r} 的几何体 #{n}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>LoD {lod!r} is not a number like 1.2 or 2</source>
            <translation>LoD {lod!r} 不是类似 1.2 或 2 的数值</translation>
        </message>
        <message>
            <location line="+4" />
            <source>reading vertices</source>
            <translation>正在读取顶点</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no Building objects in the file (found {found})</source>
            <translation>文件中没有 Building 对象（找到的是 {found}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nothing</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+16" />
            <source>CityObject {id!r}: 'geometry' is not a list</source>
            <translation>CityObject {id!r}：'geometry' 不是列表</translation>
        </message>
        <message>
            <location line="+7" />
            <source>CityObject {id!r} geometry #{n} has lod {lod!r}</source>
            <translation>CityObject {id!r} 的几何体 #{n} 的 lod 为 {lod!r}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>CityObject {id!r}</source>
            <translation>CityObject {id!r}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LoD {lod} is not in the file (it has LoD {available})</source>
            <translation>文件中没有 LoD {lod}（文件中有 LoD {available}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>triangulating surfaces</source>
            <translation>正在三角化各个面</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the buildings have no surfaces to draw</source>
            <translation>建筑没有可绘制的面</translation>
        </message>
        <message>
            <location line="+9" />
            <source>building meshes</source>
            <translation>建筑网格</translation>
        </message>
        <message>
            <location line="+27" />
            <source>building {id} skipped: no surfaces at the chosen LoD</source>
            <translation>已跳过建筑 {id}：所选 LoD 下没有面</translation>
        </message>
        <message>
            <location line="+32" />
            <source>no building has any geometry to draw</source>
            <translation>没有任何建筑具有可绘制的几何体</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../io/geojson.py" line="+300" />
            <location filename="../io/mesh.py" line="+153" />
            <source>done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{n} degenerate surfaces (no area) were left out</source>
            <translation>已略去 {n} 个退化面（面积为零）</translation>
        </message>
        <message>
            <location filename="../io/geojson.py" line="-221" />
            <source>malformed GeoJSON ({kind}: {error})</source>
            <translation>GeoJSON 格式错误（{kind}：{error}）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>not a GeoJSON FeatureCollection (the top level is not an object)</source>
            <translation>不是 GeoJSON FeatureCollection（顶层不是对象）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not a GeoJSON FeatureCollection (type is {kind!r})</source>
            <translation>不是 GeoJSON FeatureCollection（type 为 {kind!r}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>'features' is missing or not a list</source>
            <translation>'features' 缺失或不是列表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>'features' is empty: no buildings in the file</source>
            <translation>'features' 为空：文件中没有建筑</translation>
        </message>
        <message>
            <location line="+16" />
            <source>'crs' member {crs!r} has no name</source>
            <translation>'crs' 成员 {crs!r} 没有名称</translation>
        </message>
        <message>
            <location filename="../io/_geojson_heights.py" line="+50" />
            <location line="+42" />
            <source>no {name!r} property</source>
            <extracomment>absolute ground elevation of the building (m, the file's vertical datum): ours, 3D BAG 2023+, 3D BAG 2021 bottom of the building (part) above the ground (m): OSM ``min_height``, Mapbox/kepler ``base_height`` ground elevations outside this range (m) are taken as a broken attribute or wrong units</extracomment>
            <translation>没有 {name!r} 属性</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+8" />
            <location line="+15" />
            <location line="+19" />
            <source>{name} {value!r} is not a number</source>
            <translation>{name} {value!r} 不是数值</translation>
        </message>
        <message>
            <location line="-30" />
            <source>no height (looked for {heights} or floors {floors})</source>
            <translation>没有高度（查找了 {heights} 或层数 {floors}）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{name} {value:g} m is implausible (wrong units?)</source>
            <translation>{name} {value:g} 米不合理（单位错误？）</translation>
        </message>
        <message>
            <location line="+21" />
            <source>footprint z {value:g} m is implausible (wrong units?)</source>
            <translation>建筑基底 z 值 {value:g} 米不合理（单位错误？）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{name} {low:g} m is not below the height {high:g} m</source>
            <translation>{name} {low:g} 米不低于建筑高度 {high:g} 米</translation>
        </message>
        <message>
            <location filename="../io/geojson.py" line="+42" />
            <source>no geometry</source>
            <translation>没有几何体</translation>
        </message>
        <message>
            <location line="+7" />
            <source>MultiPolygon coordinates are not a list</source>
            <translation>MultiPolygon 的坐标不是列表</translation>
        </message>
        <message>
            <location line="+3" />
            <source>geometry type {kind} is not a footprint (Polygon or MultiPolygon)</source>
            <translation>几何类型 {kind} 不是建筑基底（Polygon 或 MultiPolygon）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>polygon without rings</source>
            <translation>多边形没有环</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a ring is not a list of [x, y] positions</source>
            <translation>环不是 [x, y] 坐标列表</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+21" />
            <source>coordinates are not numbers</source>
            <translation>坐标不是数值</translation>
        </message>
        <message>
            <location line="-19" />
            <source>a ring has only {n} points</source>
            <translation>环只有 {n} 个点</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>coordinates are NaN or infinite</source>
            <translation>坐标为 NaN 或无穷大</translation>
        </message>
        <message>
            <location line="-17" />
            <source>coordinates are implausibly large</source>
            <translation>坐标大得不合理</translation>
        </message>
        <message>
            <location line="+6" />
            <source>MultiPolygon without polygons</source>
            <translation>MultiPolygon 中没有多边形</translation>
        </message>
        <message>
            <location line="+32" />
            <source>feature {id}: not a GeoJSON Feature</source>
            <translation>要素 {id}：不是 GeoJSON Feature</translation>
        </message>
        <message>
            <location filename="../io/cityjsonseq.py" line="-50" />
            <source>no CityJSONFeature lines after the header: no buildings in the file</source>
            <translation>文件头之后没有 CityJSONFeature 行：文件中没有建筑</translation>
        </message>
        <message>
            <location line="+10" />
            <source>CityObject {id!r} is already on line {first}</source>
            <translation>CityObject {id!r} 已在第 {first} 行出现</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../io/geojson.py" line="+20" />
            <source>reading features</source>
            <translation>正在读取要素</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+95" />
            <source>line {line}: {problem}</source>
            <translation>第 {line} 行：{problem}</translation>
        </message>
        <message>
            <location line="-83" />
            <source>not valid JSON: {why} (column {column})</source>
            <translation>不是有效的 JSON：{why}（第 {column} 列）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the first line of a CityJSONSeq file must be a "CityJSON" object (with the transform)</source>
            <translation>CityJSONSeq 文件的第一行必须是 "CityJSON" 对象（含 transform）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the CityJSON header line must have empty 'CityObjects' and 'vertices' (is this a .city.json?)</source>
            <translation>CityJSON 文件头行的 'CityObjects' 和 'vertices' 必须为空（这是 .city.json 文件吗？）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not a CityJSONFeature (type is {kind!r})</source>
            <translation>不是 CityJSONFeature（类型为 {kind!r}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>'vertices' is missing or not a list of [x, y, z]</source>
            <translation>'vertices' 缺失或不是 [x, y, z] 列表</translation>
        </message>
        <message>
            <location line="+4" />
            <source>vertex #{n} is not three numbers: {value}</source>
            <translation>顶点 #{n} 不是三个数值：{value}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>CityObject {id!r} geometry #{g}: {problem}</source>
            <translation>CityObject {id!r} 几何 #{g}：{problem}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+8" />
            <source>boundaries must hold vertex indices (whole numbers)</source>
            <translation>boundaries 中必须是顶点索引（整数）</translation>
        </message>
        <message>
            <location line="-6" />
            <source>vertex index {index} is out of range (the feature has {n} vertices)</source>
            <translation>顶点索引 {index} 超出范围（该要素共有 {n} 个顶点）</translation>
        </message>
        <message>
            <location filename="../io/geojson.py" line="+3" />
            <source>no buildings in the file</source>
            <translation>文件中没有建筑</translation>
        </message>
        <message>
            <location line="+13" />
            <source>coordinates are not longitude/latitude degrees although the CRS is lon/lat</source>
            <translation>坐标参考系为经纬度，但坐标不是经纬度（度）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>coordinates cannot be projected to {crs}</source>
            <translation>坐标无法投影到 {crs}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>building prisms</source>
            <translation>建筑棱柱体</translation>
        </message>
        <message>
            <location line="+38" />
            <source>{n} of {total} features skipped</source>
            <translation>{total} 个要素中跳过了 {n} 个</translation>
        </message>
        <message>
            <location line="+17" />
            <source>feature {id}: {problem}</source>
            <translation>要素 {id}：{problem}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>... and {n} more</source>
            <translation>……另有 {n} 个</translation>
        </message>
        <message>
            <location filename="../io/ifc.py" line="-20" />
            <source>cannot read the file ({error})</source>
            <translation>无法读取文件（{error}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the IFC file is incomplete: it does not end with END-ISO-10303-21; (cut short while downloading or copying?)</source>
            <translation>IFC 文件不完整：文件未以 END-ISO-10303-21; 结尾（下载或复制时被截断？）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>not a readable IFC file ({error})</source>
            <translation>不是可读取的 IFC 文件（{error}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>IFC schema {schema} is not supported (IFC2X3, IFC4)</source>
            <translation>不支持 IFC 模式 {schema}（支持 IFC2X3、IFC4）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the file has no IfcBuilding</source>
            <translation>文件中没有 IfcBuilding</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tessellating IFC</source>
            <translation>正在对 IFC 进行三角化</translation>
        </message>
        <message>
            <location line="+26" />
            <source>building {name} has no geometry; skipped</source>
            <translation>建筑 {name} 没有几何体；已跳过</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no building geometry could be tessellated</source>
            <translation>没有可三角化的建筑几何体</translation>
        </message>
        <message>
            <location line="+31" />
            <source>IFC imported</source>
            <translation>IFC 已导入</translation>
        </message>
        <message>
            <location line="+44" />
            <source>IfcMapConversion places the model {km} km from the site; placed at the site centre instead</source>
            <translation>IfcMapConversion 将模型定位在距场地 {km} 公里处；已改为放在场地中心</translation>
        </message>
        <message>
            <location line="+21" />
            <source>IfcSite latitude/longitude ({lat:.4f}, {lon:.4f}) is {km} km from the site; placed at the site centre for you to move</source>
            <translation>IfcSite 经纬度（{lat:.4f}, {lon:.4f}）距场地 {km} 公里；已放在场地中心，请自行移动</translation>
        </message>
        <message>
            <location filename="../io/loader.py" line="+47" />
            <source>unknown file type {ext!r}; city files are {known}</source>
            <translation>未知的文件类型 {ext!r}；城市文件类型为 {known}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no extension)</source>
            <translation>（无扩展名）</translation>
        </message>
        <message>
            <location filename="../io/mesh.py" line="-79" />
            <source>not a readable {format} file ({kind}: {error})</source>
            <translation>不是可读取的 {format} 文件（{kind}：{error}）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>not a mesh file type ({ext})</source>
            <translation>不是网格模型文件类型（{ext}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>reading objects</source>
            <translation>正在读取对象</translation>
        </message>
        <message>
            <location line="+26" />
            <source>object {id}: vertices are not x, y, z triples</source>
            <translation>对象 {id}：顶点不是 x, y, z 三元组</translation>
        </message>
        <message>
            <location line="+8" />
            <source>object {id}: face indices out of range</source>
            <translation>对象 {id}：面索引超出范围</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unusable mesh content ({kind}: {error})</source>
            <translation>网格内容无法使用（{kind}：{error}）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no triangles in the {format} file (no Building objects)</source>
            <translation>{format} 文件中没有三角面（没有 Building 对象）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no triangles in the {format} file</source>
            <translation>{format} 文件中没有三角面</translation>
        </message>
        <message>
            <location filename="../io/project.py" line="+100" />
            <source>no project.json in this folder</source>
            <translation>此文件夹中没有 project.json</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not valid JSON ({error})</source>
            <translation>不是有效的 JSON（{error}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must hold a JSON object</source>
            <translation>必须是一个 JSON 对象</translation>
        </message>
        <message>
            <location line="+3" />
            <source>schema_version must be a whole number, not {value}</source>
            <translation>schema_version 必须是整数，而不是 {value}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>schema_version {version} is newer than this plannerapp understands ({current}); update plannerapp</source>
            <translation>schema_version {version} 比此版本 plannerapp 支持的（{current}）更新；请更新 plannerapp</translation>
        </message>
        <message>
            <location line="+69" />
            <source>context {path}: {problem}</source>
            <translation>现状 {path}：{problem}</translation>
        </message>
        <message>
            <location line="+161" />
            <source>the project has no folder yet: choose one (Save As)</source>
            <translation>项目尚无文件夹：请选择一个（另存为）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot save the project here ({error})</source>
            <translation>无法将项目保存在此处（{error}）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>path {path} is outside the project folder</source>
            <translation>路径 {path} 位于项目文件夹之外</translation>
        </message>
        <message>
            <location filename="../io/scheme.py" line="+315" />
            <source>{file}: not valid JSON ({error})</source>
            <translation>{file}：不是有效的 JSON（{error}）</translation>
        </message>
        <message>
            <location line="-146" />
            <source>{file}: not a GeoJSON FeatureCollection</source>
            <translation>{file}：不是 GeoJSON FeatureCollection</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{file} feature {n}</source>
            <translation>{file} 要素 {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: not a GeoJSON Feature with properties</source>
            <translation>{where}：不是带 properties 的 GeoJSON Feature</translation>
        </message>
        <message>
            <location filename="../io/recovery.py" line="+83" />
            <source>cannot autosave into {folder} ({error}); autosaving into {backup} instead</source>
            <translation>无法自动保存到 {folder}（{error}）；改为自动保存到 {backup}</translation>
        </message>
        <message>
            <location line="+66" />
            <source>cannot read the recovery file ({error})</source>
            <translation>无法读取恢复文件（{error}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not a plannerapp recovery file</source>
            <translation>不是 plannerapp 恢复文件</translation>
        </message>
        <message>
            <location filename="../io/scheme.py" line="-116" />
            <source>{where}: {key} must be a number, not {value}</source>
            <extracomment>properties the reader interprets; every other property is kept in ``attributes`` scheme geometry farther than this from the context origin (m) is a CRS mistake</extracomment>
            <translation>{where}：{key} 必须是数值，而不是 {value}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{where}: {key} {value} must be positive</source>
            <translation>{where}：{key} {value} 必须为正数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: {key} {value} must be at least {minimum}</source>
            <translation>{where}：{key} {value} 必须至少为 {minimum}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{where}: geometry must be a Polygon, not {gtype}</source>
            <translation>{where}：几何体必须是 Polygon，而不是 {gtype}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{where}: unreadable polygon coordinates ({error})</source>
            <translation>{where}：无法读取多边形坐标（{error}）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{where}: lies {km} km from the context: coordinates must be in the project CRS (metres), not degrees or another CRS</source>
            <translation>{where}：距现状模型 {km} 公里：坐标必须采用项目坐标参考系（米），而不是经纬度或其他坐标系</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{where}: mesh path {path} is outside the project folder</source>
            <translation>{where}：网格路径 {path} 位于项目文件夹之外</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{where}: mesh file {path} does not exist</source>
            <translation>{where}：网格文件 {path} 不存在</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{where}: cannot read mesh {path} ({error})</source>
            <translation>{where}：无法读取网格 {path}（{error}）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: mesh {path} has no triangles</source>
            <translation>{where}：网格 {path} 中没有三角面</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{where}: mesh_origin must be [x, y, z]</source>
            <translation>{where}：mesh_origin 必须为 [x, y, z]</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{file}: name must be a string</source>
            <translation>{file}：name 必须是字符串</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file}: description must be a string</source>
            <translation>{file}：description 必须是字符串</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{file}: the file says its CRS is {declared} but the project is {crs}; scheme coordinates must be in the project CRS</source>
            <translation>{file}：文件声明的坐标参考系为 {declared}，但项目为 {crs}；方案坐标必须采用项目坐标参考系</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file}: features must be a list</source>
            <translation>{file}：features 必须是列表</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{where}: unknown kind {kind} (expected building, green or demolish)</source>
            <translation>{where}：未知类型 {kind}（应为 building、green 或 demolish）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{where}: demolish needs a context_id string</source>
            <translation>{where}：demolish 需要字符串 context_id</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: demolish names {id}, which is not a building of the context</source>
            <translation>{where}：demolish 指定的 {id} 不是现状建筑</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{where}: id must be a non-empty string</source>
            <translation>{where}：id 必须是非空字符串</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} feature {n} ({kind} {id})</source>
            <translation>{file} 要素 {n}（{kind} {id}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: duplicate id {id} (also used by {other})</source>
            <translation>{where}：编号 {id} 重复（{other} 也在使用）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{where}: on_roof must be true or false</source>
            <translation>{where}：on_roof 必须为 true 或 false</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+51" />
            <source>feature {n}</source>
            <translation>要素 {n}</translation>
        </message>
        <message>
            <location line="-42" />
            <source>{where}: name must be a string</source>
            <translation>{where}：name 必须是字符串</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{where}: use must be a string</source>
            <translation>{where}：use 必须是字符串</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{where}: floors must be a whole number &gt;= 1, not {value}</source>
            <translation>{where}：floors 必须是 &gt;= 1 的整数，而不是 {value}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{where}: height_m {value} is implausible (over 1000 m; wrong units?)</source>
            <translation>{where}：height_m {value} 不合理（超过 1000 米；单位有误？）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{where}: mesh must be a relative path string</source>
            <translation>{where}：mesh 必须是相对路径字符串</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{where}: needs height_m or floors</source>
            <translation>{where}：需要 height_m 或 floors</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{where}: id {id} is already a context building (demolish it to replace it)</source>
            <translation>{where}：编号 {id} 已是现状建筑（如需替换，请先拆除）</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{file}: file does not exist</source>
            <translation>{file}：文件不存在</translation>
        </message>
        <message>
            <location filename="../io/_cityjson_instances.py" line="+61" />
            <source>{where}: GeometryInstance template {template!r} does not exist (the file has {n} templates)</source>
            <translation>{where}：GeometryInstance 模板 {template!r} 不存在（文件共有 {n} 个模板）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{where}: GeometryInstance 'boundaries' must be one vertex index (its reference point), found {value!r}</source>
            <translation>{where}：GeometryInstance 的 'boundaries' 必须是一个顶点索引（其参考点），实际为 {value!r}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>GeometryInstance vertices</source>
            <translation>GeometryInstance 顶点</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the file has GeometryInstance geometries but no 'geometry-templates' with 'templates' and 'vertices-templates'</source>
            <translation>文件含有 GeometryInstance 几何，但没有包含 'templates' 和 'vertices-templates' 的 'geometry-templates'</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>'vertices-templates' must be a list of [x, y, z] numbers</source>
            <translation>'vertices-templates' 必须是 [x, y, z] 数值列表</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{where}: GeometryInstance 'transformationMatrix' must be 16 numbers (a 4x4 matrix, row by row)</source>
            <translation>{where}：GeometryInstance 的 'transformationMatrix' 必须是 16 个数值（4x4 矩阵，逐行排列）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>geometry template #{n} is not an object</source>
            <translation>几何模板 #{n} 不是对象</translation>
        </message>
        <message>
            <location line="+2" />
            <source>geometry template #{n}: 'boundaries' is not a list</source>
            <translation>几何模板 #{n}：'boundaries' 不是列表</translation>
        </message>
        <message>
            <location line="+5" />
            <source>geometry template #{n}: boundaries must hold indices into 'vertices-templates' ({count} vertices)</source>
            <translation>几何模板 #{n}：boundaries 必须是 'vertices-templates' 中的索引（共 {count} 个顶点）</translation>
        </message>
    </context>
    <context>
        <name>lcz</name>
        <message>
            <location filename="terms.py" line="+72" />
            <source>Compact high-rise</source>
            <extracomment>Local Climate Zone class names (Stewart and Oke 2012; analysis/heatdata/lcz_stewart_oke_2012.json)</extracomment>
            <translation>密集高层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compact midrise</source>
            <translation>密集中层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compact low-rise</source>
            <translation>密集低层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open high-rise</source>
            <translation>开敞高层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open midrise</source>
            <translation>开敞中层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open low-rise</source>
            <translation>开敞低层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lightweight low-rise</source>
            <translation>轻质低层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Large low-rise</source>
            <translation>大型低层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sparsely built</source>
            <translation>稀疏建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heavy industry</source>
            <translation>重工业</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dense trees</source>
            <translation>密集树木</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scattered trees</source>
            <translation>稀疏树木</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bush, scrub</source>
            <translation>灌木</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low plants</source>
            <translation>低矮植被</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bare rock or paved</source>
            <translation>裸岩或铺砌地面</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bare soil or sand</source>
            <translation>裸土或沙地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Water</source>
            <translation>水体</translation>
        </message>
    </context>
    <context>
        <name>panel</name>
        <message>
            <location filename="../ui/panels/review.py" line="+12" />
            <source>Review</source>
            <translation>审查</translation>
        </message>
        <message>
            <location filename="../ui/panels/analysis.py" line="+13" />
            <source>Analysis</source>
            <translation>分析</translation>
        </message>
        <message>
            <location filename="../ui/panels/shadow_slider.py" line="-184" />
            <source>Shadows at an instant</source>
            <translation>瞬时阴影</translation>
        </message>
    </context>
    <context>
        <name>profiles</name>
        <message>
            <location filename="terms.py" line="-142" />
            <source>BRE amenity area: &gt;= 2 h sun on 21 March on at least half the area</source>
            <extracomment>names of the bundled sunlight profiles (plannerapp/analysis/profiles/*.json)</extracomment>
            <translation>BRE 场地日照：3 月 21 日至少一半面积日照不少于 2 小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GB 50180 residential, climate zones I/II/III/VII, city &gt;= 500,000 residents</source>
            <translation>GB 50180 住宅，建筑气候区划 I、II、III、VII 区，城区常住人口 ≥ 50 万（大寒日 ≥ 2 小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GB 50180 residential, climate zones I/II/III/VII, city &lt; 500,000 residents</source>
            <translation>GB 50180 住宅，建筑气候区划 I、II、III、VII 区，城区常住人口 &lt; 50 万（大寒日 ≥ 3 小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GB 50180 residential, climate zone IV, city &gt;= 500,000 residents</source>
            <translation>GB 50180 住宅，建筑气候区划 IV 区，城区常住人口 ≥ 50 万（大寒日 ≥ 3 小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GB 50180 residential, climate zone IV, city &lt; 500,000 residents</source>
            <translation>GB 50180 住宅，建筑气候区划 IV 区，城区常住人口 &lt; 50 万（冬至日 ≥ 1 小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GB 50180 residential, climate zones V/VI</source>
            <translation>GB 50180 住宅，建筑气候区划 V、VI 区（冬至日 ≥ 1 小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GB 50180 housing for the elderly</source>
            <translation>GB 50180 老年人居住建筑（冬至日 ≥ 2 小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GB 50180 new housing in old-district redevelopment</source>
            <translation>GB 50180 旧区改建项目内新建住宅（大寒日 ≥ 1 小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kindergarten / nursery main rooms</source>
            <translation>托儿所、幼儿园的主要生活用房</translation>
        </message>
        <message>
            <location line="+1" />
            <source>School classrooms (over half of them)</source>
            <translation>中小学半数以上的教室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital and sanatorium wards (over half of them)</source>
            <translation>医院、疗养院半数以上的病房和疗养室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Elderly / disabled care bedrooms</source>
            <translation>老年人、残疾人照料设施的卧室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Japan shadow regulation, 4 m plane (example limits 4 h / 2.5 h)</source>
            <translation>日本日影规制，4 米计算面（示例限值 4 小时 / 2.5 小时）</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <location filename="../cli/review.py" line="-65" />
            <source>grey: existing; blue: new; red: new building in a failed check; orange: existing building affected (e.g. sunlight made worse); parcel outline red when a check on it failed</source>
            <translation>灰色：现状；蓝色：新建；红色：检查不合格的新建建筑；橙色：受影响的现状建筑（如日照变差）；地块上有检查项不合格时地块边界为红色</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Oblique view from the south-west</source>
            <translation>西南方向斜视图</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan view</source>
            <translation>平面图</translation>
        </message>
        <message>
            <location filename="../report/review_text.py" line="+12" />
            <source>Building to parcel</source>
            <translation>建筑归属地块</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A building belongs to the parcel that holds the largest part of its footprint (ties: the parcel listed first). Totals (GFA, FAR) count every standing building that belongs to the parcel, kept existing ones included; height, setback, spacing, use and own-window sunlight rules apply to the scheme's new buildings.</source>
            <translation>建筑归属于包含其基底面积最大部分的地块（面积相同时归属先列出的地块）。总量指标（总建筑面积、容积率）计入归属该地块的所有保留建筑，包括保留的现状建筑；建筑高度、建筑退线、建筑间距、用途和本方案窗户日照规则适用于方案中的新建建筑。</translation>
        </message>
        <message>
            <location filename="terms.py" line="+61" />
            <location filename="../report/review_text.py" line="+1" />
            <source>Gross floor area (GFA)</source>
            <extracomment>comparison table rows, their definitions and the better-direction words (report/compare_metrics.py, report/compare_html.py keep the English there and translate("report", ...) where shown)</extracomment>
            <translation>总建筑面积（GFA）</translation>
        </message>
        <message>
            <location filename="../report/review_text.py" line="+1" />
            <source>Sum over the parcel's buildings of footprint area x counted storeys, or the building's own gfa_m2 (e.g. from IFC storeys) when given. The rule profile decides which storeys count (tall storeys may count more than once) and which share of balconies counts.</source>
            <translation>地块内各建筑基底面积 × 计入层数之和；如建筑自带 gfa_m2（例如来自 IFC 楼层），则采用该值。由规则配置决定哪些楼层计入（层高较高的楼层可能按多层计）以及阳台计入的比例（GB 50180-2018 附录 A；GB/T 50353-2013）。</translation>
        </message>
        <message>
            <location filename="terms.py" line="+1" />
            <location filename="../report/review_text.py" line="+1" />
            <location filename="../rules/titles.py" line="+29" />
            <source>Plot ratio (FAR)</source>
            <translation>容积率（FAR）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Green ratio (ground level)</source>
            <translation>绿地率（地面）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Buildings on the parcels</source>
            <translation>地块内建筑数量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum height</source>
            <translation>最大建筑高度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean height (footprint-weighted)</source>
            <translation>平均建筑高度（按基底面积加权）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review: checks passed</source>
            <translation>审查：合格检查项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review: checks failed</source>
            <translation>审查：不合格检查项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review: checks not evaluated</source>
            <translation>审查：未评估检查项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Residential windows meeting the sunlight rule</source>
            <translation>满足日照规则的住宅窗户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean facade sunlight</source>
            <translation>立面平均日照时数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ground in shadow longer than {n} h</source>
            <translation>阴影时长超过 {n} 小时的地面</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean roof insolation</source>
            <translation>屋顶平均日射量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rooftop PV potential</source>
            <translation>屋顶光伏潜力</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean sky view factor (public ground)</source>
            <translation>平均天空可视因子（公共地面）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nocturnal heat island, Oke (mean)</source>
            <translation>夜间城市热岛，Oke（平均）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily maximum Tmrt (mean)</source>
            <translation>日最高平均辐射温度 Tmrt（平均）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ground with Tmrt above {t} °C</source>
            <translation>Tmrt 超过 {t} °C 的地面</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily maximum ground temperature (mean)</source>
            <translation>日最高地表温度（平均）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily maximum roof temperature (mean)</source>
            <translation>日最高屋面温度（平均）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pervious surface (site)</source>
            <translation>透水地面（场地）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local Climate Zone</source>
            <translation>局地气候区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gross floor area of all standing buildings belonging to the parcels (as the review counts it).</source>
            <translation>归属各地块的所有保留建筑的总建筑面积（与审查的计算口径相同）。</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../report/review_text.py" line="+0" />
            <source>GFA / parcel area.</source>
            <translation>总建筑面积 / 地块面积（GB 50180-2018 附录 A）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Union of the footprints clipped to the parcels / parcel area.</source>
            <translation>裁剪到地块范围内的建筑基底并集面积 / 地块面积。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ground-level green areas of the scheme, minus footprints, / parcel area (green roofs do not count).</source>
            <translation>方案中的地面绿地面积扣除建筑基底后 / 地块面积（屋顶绿化不计入）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standing buildings belonging to the parcels (kept existing and new).</source>
            <translation>归属各地块的保留建筑（保留的现状建筑和新建建筑）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tallest standing building on the parcels (top above its base).</source>
            <translation>地块内最高的保留建筑（自基底至最高点）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Height of the buildings on the parcels weighted by footprint area.</source>
            <translation>地块内建筑按基底面积加权的平均建筑高度。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review checks passed; the status quo is reviewed as a scheme without new buildings.</source>
            <translation>合格的审查检查项；现状按无新建建筑的方案进行审查。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review checks failed.</source>
            <translation>不合格的审查检查项。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review checks that could not be evaluated (e.g. form rules without new buildings, sunlight rules in quick mode).</source>
            <translation>无法评估的审查检查项（例如无新建建筑时的形态规则、快速模式下的日照规则）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Window-sill points (lowest storey, sill centre) of residential or unknown-use buildings in the comparison area, neighbours included, that meet the sunlight control's hours.</source>
            <translation>对比范围内住宅或用途未知建筑（含周边建筑）的窗台采样点（最低住宅层、窗台中心）中，满足日照控制条件要求时数的比例。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean sunlight hours on facade points (every storey) of the buildings on the parcels.</source>
            <translation>地块内建筑立面采样点（各层）的平均日照时数。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ground in the comparison area (outside buildings) in shadow for more than the stated hours within the day's window.</source>
            <translation>对比范围内（建筑以外）在当日有效日照时间带内阴影时长超过规定小时数的地面面积。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area-weighted mean annual insolation on the roofs of the buildings on the parcels.</source>
            <translation>地块内建筑屋顶按面积加权的年平均日射量。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Annual rooftop PV yield: insolation x 60 % usable roof x 20 % efficiency x 0.8 performance ratio.</source>
            <translation>屋顶光伏年发电量：日射量 × 60 % 可用屋顶 × 20 % 组件效率 × 0.8 系统性能比。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean sky view factor of the public ground on the hottest day grid.</source>
            <translation>最热日网格上公共地面的平均天空可视因子。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oke (1981) maximum nocturnal heat island from street-level SVF: 15.27 - 13.88 SVF.</source>
            <translation>Oke（1981）由街道层天空可视因子估算的夜间最大城市热岛强度：15.27 - 13.88 SVF。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily maximum mean radiant temperature at 1.1 m (SOLWEIG-style), mean over public ground.</source>
            <translation>1.1 米高度的日最高平均辐射温度（SOLWEIG 方法），公共地面平均值。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of public ground whose daily maximum Tmrt exceeds the threshold.</source>
            <translation>日最高 Tmrt 超过阈值的公共地面比例。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily maximum ground surface temperature, mean over public ground.</source>
            <translation>日最高地表温度，公共地面平均值。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily maximum roof surface temperature, area mean (green roofs cooler).</source>
            <translation>日最高屋面温度，面积平均（屋顶绿化较凉）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pervious (green) share of the comparison area (Stewart &amp; Oke 2012 property).</source>
            <translation>对比范围内透水（绿化）地面的比例（Stewart &amp; Oke 2012 指标）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local Climate Zone nearest to the area's properties (Stewart &amp; Oke 2012).</source>
            <translation>与该范围各项属性最接近的局地气候区（Stewart &amp; Oke 2012）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>higher</source>
            <translation>越高越好</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lower</source>
            <translation>越低越好</translation>
        </message>
        <message>
            <location line="+1" />
            <source>neutral</source>
            <translation>无优劣方向</translation>
        </message>
        <message>
            <location line="-46" />
            <location filename="../report/review_text.py" line="+1" />
            <location filename="../rules/titles.py" line="+1" />
            <source>Site coverage</source>
            <translation>建筑密度</translation>
        </message>
        <message>
            <location filename="../report/review_text.py" line="+1" />
            <source>Area of the union of all building footprints inside the parcel / parcel area.</source>
            <translation>地块内所有建筑基底的并集面积 / 地块面积（GB 50180-2018 附录 A）。</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../rules/titles.py" line="+1" />
            <source>Green ratio</source>
            <translation>绿地率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area of the union of ground-level green areas inside the parcel, minus building footprints, / parcel area. Green roofs are reported separately and never count.</source>
            <translation>地块内地面绿地的并集面积扣除建筑基底后 / 地块面积。屋顶绿化单独列出，不计入绿地率（GB 50180-2018 附录 A）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Height</source>
            <translation>建筑高度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Top of the building above its base (profile measure 'top'), or to the main roof with small roof structures left out (measure 'main_roof').</source>
            <translation>自建筑基底至建筑最高点的高度（配置中的量测方式 'top'），或至主屋面、不计小型屋顶构筑物（量测方式 'main_roof'）（建筑高度计算见 GB 50352-2019）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setback</source>
            <translation>建筑退线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Smallest distance from a new footprint to the parcel edge; negative when the footprint sticks out of the parcel. A footprint keeps the setback when it lies inside the parcel shrunk by the setback.</source>
            <translation>新建建筑基底至地块边界的最小距离；基底超出地块时为负值。基底位于地块按建筑退线距离向内收缩后的范围内，即满足建筑退线要求。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spacing</source>
            <translation>建筑间距</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Smallest horizontal distance between a new building's footprint and any other building (new or existing), with the pair; 0 when they touch.</source>
            <translation>新建建筑基底与任何其他建筑（新建或现状）之间的最小水平距离，并列出对应的两栋建筑；相接时为 0。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlight (own windows)</source>
            <translation>日照（本方案窗户）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlight hours on the standard day within the effective window at the window sills of the lowest storey of new buildings of the listed uses. Windows that could not get the required hours even with nothing around them (facing away from the sun) are listed but not tested.</source>
            <translation>列明用途的新建建筑，其最低住宅层窗台处在日照标准日有效日照时间带内的日照时数。即使周围无任何遮挡也无法达到要求时数的窗户（背向太阳）会列出，但不参与检验（GB 50180-2018 第 4.0.9 条，强制性条文；计算参数依据 GB/T 50947-2014）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlight (neighbours)</source>
            <translation>日照（周边建筑）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Windows of existing sensitive buildings within the shadow range are evaluated before and after the scheme. GB 50180: a window that complied must still comply, one that did not may lose no sunlight. BRE: a window may keep no less than 0.8 x its former value.</source>
            <translation>对日照影响范围内现状敏感建筑的窗户，分别计算方案实施前后的日照。GB 50180：原先满足标准的窗户仍须满足，原先不满足的窗户日照时数不得减少。BRE：窗户日照不得低于原值的 0.8 倍（GB 50180-2018 第 4.0.9 条；BRE BR 209）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Margin</source>
            <translation>余量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Room left before the limit: limit - value for maximum rules, value - limit for minimum rules; negative means the rule fails by that much.</source>
            <translation>距限值的余量：上限类规则为 限值 − 数值，下限类规则为 数值 − 限值；负值表示不合格及超出的幅度。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overall verdict</source>
            <translation>总体结论</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The scheme passes when no evaluated check fails. Checks that could not be evaluated are listed as such and never count as passed.</source>
            <translation>所有已评估的检查项均未不合格时，方案通过。无法评估的检查项单独列出，不视为合格。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not evaluated</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location filename="../rules/titles.py" line="-18" />
            <source>Maximum plot ratio (FAR)</source>
            <translation>容积率上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum plot ratio (FAR)</source>
            <translation>容积率下限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum gross floor area</source>
            <translation>总建筑面积上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum site coverage</source>
            <translation>建筑密度上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum green ratio</source>
            <translation>绿地率下限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum building height</source>
            <translation>建筑限高</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setback from the parcel boundary</source>
            <translation>地块边界建筑退线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum spacing between buildings</source>
            <translation>建筑间距下限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allowed building uses</source>
            <translation>允许的建筑用途</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlight of the scheme's own windows</source>
            <translation>本方案窗户日照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunlight of neighbouring windows (no worse)</source>
            <translation>周边建筑窗户日照（不得降低）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Parcel area</source>
            <translation>地块面积</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gross floor area</source>
            <translation>总建筑面积</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Green roof area</source>
            <translation>屋顶绿化面积</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tallest new building</source>
            <translation>最高新建建筑</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Smallest setback</source>
            <translation>最小建筑退线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Smallest spacing</source>
            <translation>最小建筑间距</translation>
        </message>
        <message>
            <location line="+5" />
            <source>m</source>
            <translation>米</translation>
        </message>
        <message>
            <location line="+1" />
            <source>m²</source>
            <translation>m²</translation>
        </message>
        <message>
            <location line="+1" />
            <source>h</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../report/charts.py" line="+76" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../report/compare_metrics.py" line="-226" />
            <source>Scheme</source>
            <extracomment>every row, in table order (labels are translated where they are shown)</extracomment>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>higher is better</source>
            <translation>越高越好</translation>
        </message>
        <message>
            <location line="+0" />
            <source>lower is better</source>
            <translation>越低越好</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no better direction</source>
            <translation>无优劣方向</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Too few metrics for an overview</source>
            <extracomment>rows on the radar (one per question a committee asks; the review's passed count mirrors its failed count)</extracomment>
            <translation>指标过少，无法生成概览</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Overview (centre = worst, edge = best)</source>
            <translation>概览（中心 = 最差，边缘 = 最优）</translation>
        </message>
        <message>
            <location filename="../report/compare_analyses.py" line="+148" />
            <source>Sun path and occlusion scene</source>
            <translation>太阳轨迹与遮挡场景</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+11" />
            <source>Window sunlight</source>
            <translation>窗户日照</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Windows</source>
            <translation>窗户</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+6" />
            <source>Facade sunlight</source>
            <translation>立面日照</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Facades</source>
            <translation>立面</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+6" />
            <source>Ground shadow</source>
            <translation>地面阴影</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shadow</source>
            <translation>阴影</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roof insolation and PV</source>
            <translation>屋顶日射量与光伏</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Roof insolation</source>
            <translation>屋顶日射量</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roofs</source>
            <translation>屋顶</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Heat island indicators</source>
            <translation>城市热岛指标</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sky view factor</source>
            <translation>天空可视因子</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SVF</source>
            <translation>天空可视因子（SVF）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily maximum Tmrt</source>
            <translation>日最高平均辐射温度（Tmrt）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tmrt</source>
            <translation>平均辐射温度（Tmrt）</translation>
        </message>
        <message>
            <location filename="../report/compare_metrics.py" line="+163" />
            <source>no scheme {name!r} in the project (schemes: {names})</source>
            <translation>项目中没有方案 {name!r}（方案：{names}）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Status quo</source>
            <translation>现状</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}: starting</source>
            <translation>{name}：开始</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name}: {step}</source>
            <translation>{name}：{step}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Comparison done</source>
            <translation>方案比选完成</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <location filename="../rules/coverage.py" line="+22" />
            <source>Site coverage {value:.1%} is within the maximum {limit:.1%}.</source>
            <translation>建筑密度 {value:.1%}，未超过上限 {limit:.1%}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Site coverage {value:.1%} exceeds the maximum {limit:.1%}.</source>
            <translation>建筑密度 {value:.1%}，超过上限 {limit:.1%}。</translation>
        </message>
        <message>
            <location filename="../rules/far.py" line="+21" />
            <source>Plot ratio {value:.3f} is within the maximum {limit:.3f}.</source>
            <translation>容积率 {value:.3f}，未超过上限 {limit:.3f}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plot ratio {value:.3f} exceeds the maximum {limit:.3f}.</source>
            <translation>容积率 {value:.3f}，超过上限 {limit:.3f}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Plot ratio {value:.3f} reaches the minimum {limit:.3f}.</source>
            <translation>容积率 {value:.3f}，达到下限 {limit:.3f}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plot ratio {value:.3f} is below the minimum {limit:.3f}.</source>
            <translation>容积率 {value:.3f}，低于下限 {limit:.3f}。</translation>
        </message>
        <message>
            <location filename="../rules/gfa.py" line="+23" />
            <source>Gross floor area {value:,.1f} m2 is within the maximum {limit:,.1f} m2.</source>
            <translation>总建筑面积 {value:,.1f} m2，未超过上限 {limit:,.1f} m2。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gross floor area {value:,.1f} m2 exceeds the maximum {limit:,.1f} m2.</source>
            <translation>总建筑面积 {value:,.1f} m2，超过上限 {limit:,.1f} m2。</translation>
        </message>
        <message>
            <location filename="../rules/green.py" line="+24" />
            <source>Green ratio {value:.1%} reaches the minimum {limit:.1%}.</source>
            <translation>绿地率 {value:.1%}，达到下限 {limit:.1%}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Green ratio {value:.1%} is below the minimum {limit:.1%}.</source>
            <translation>绿地率 {value:.1%}，低于下限 {limit:.1%}。</translation>
        </message>
        <message>
            <location filename="../rules/height.py" line="+19" />
            <source>The tallest new building, {name}, is {value:.2f} m high (limit {limit:.2f} m).</source>
            <translation>最高的新建建筑 {name} 建筑高度为 {value:.2f} 米（建筑限高 {limit:.2f} 米）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} new building(s) exceed the height limit of {limit:.2f} m; {name} is {value:.2f} m high.</source>
            <translation>{count} 栋新建建筑超过 {limit:.2f} 米的建筑限高；{name} 建筑高度为 {value:.2f} 米。</translation>
        </message>
        <message>
            <location filename="../rules/perbuilding.py" line="+12" />
            <location filename="../rules/sunlight.py" line="+238" />
            <source>The parcel has no new building to check.</source>
            <translation>该地块没有需要检查的新建建筑。</translation>
        </message>
        <message>
            <location filename="../rules/profile.py" line="+155" />
            <source>unknown rule profile {name!r} (bundled: {names})</source>
            <translation>未知的规则配置 {name!r}（随附：{names}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>cannot read rule profile: {error}</source>
            <translation>无法读取规则配置：{error}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>a rule profile must be a JSON object</source>
            <translation>规则配置必须是 JSON 对象</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{key} must be an object</source>
            <translation>{key} 必须是对象</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{key} must be a number, not {value!r}</source>
            <translation>{key} 必须是数值，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{key} = {value} is out of range</source>
            <translation>{key} = {value} 超出范围</translation>
        </message>
        <message>
            <location line="+7" />
            <source>floor_area.use_gfa_attribute must be true or false</source>
            <translation>floor_area.use_gfa_attribute 必须为 true 或 false</translation>
        </message>
        <message>
            <location line="+4" />
            <source>height.measure must be one of {choices}, not {value!r}</source>
            <translation>height.measure 必须是 {choices} 之一，而不是 {value!r}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>sunlight.standards must be an object</source>
            <translation>sunlight.standards 必须是对象</translation>
        </message>
        <message>
            <location line="+4" />
            <source>sunlight.standards.{key}.neighbour_test must be one of {choices}</source>
            <translation>sunlight.standards.{key}.neighbour_test 必须是 {choices} 之一</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sunlight.standards.{key}.ratio must be in (0, 1]</source>
            <translation>sunlight.standards.{key}.ratio 必须在 (0, 1] 范围内</translation>
        </message>
        <message>
            <location line="+3" />
            <source>sunlight.sensitive_uses must be a list of strings</source>
            <translation>sunlight.sensitive_uses 必须是字符串列表</translation>
        </message>
        <message>
            <location line="+6" />
            <source>sunlight.receptors must be an object with mode centre or full</source>
            <translation>sunlight.receptors 必须是 mode 为 centre 或 full 的对象</translation>
        </message>
        <message>
            <location line="+5" />
            <source>sunlight.year must be a year or null</source>
            <translation>sunlight.year 必须是年份或 null</translation>
        </message>
        <message>
            <location line="+4" />
            <source>sunlight.backend must be embree or numpy</source>
            <translation>sunlight.backend 必须为 embree 或 numpy</translation>
        </message>
        <message>
            <location line="+4" />
            <source>sunlight.neighbour_presets must map use names to solar preset ids</source>
            <translation>sunlight.neighbour_presets 必须将用途名称映射到日照预设编号</translation>
        </message>
        <message>
            <location filename="../rules/review.py" line="+109" />
            <source>Not evaluated yet: the sunlight check runs on demand.</source>
            <extracomment>Rule modules in report order; each has ``CODES`` and ``check(ctx) -&gt; list[Finding]``. new buildings that stand on no parcel (no rule applies to them)</extracomment>
            <translation>尚未评估：日照检查需手动运行。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Reviewing</source>
            <translation>正在审查</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Preparing buildings and parcels</source>
            <translation>正在准备建筑和地块</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Computing indicators</source>
            <translation>正在计算指标</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Checking parcel {id}</source>
            <translation>正在检查地块 {id}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Review done</source>
            <translation>审查完成</translation>
        </message>
        <message>
            <location filename="../rules/setback.py" line="+25" />
            <source>Every new building keeps the {limit:.2f} m setback; the closest, {name}, is {value:.2f} m from the parcel edge.</source>
            <translation>所有新建建筑均满足 {limit:.2f} 米的建筑退线；距地块边界最近的 {name} 为 {value:.2f} 米。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} new building(s) break the {limit:.2f} m setback; {name} is {value:.2f} m from the parcel edge.</source>
            <translation>{count} 栋新建建筑不满足 {limit:.2f} 米的建筑退线；{name} 距地块边界 {value:.2f} 米。</translation>
        </message>
        <message>
            <location filename="../rules/spacing.py" line="+27" />
            <source>No other building stands anywhere near the new buildings.</source>
            <translation>新建建筑附近没有其他建筑。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New buildings keep at least {limit:.2f} m from other buildings; the closest, {name}, is {value:.2f} m away.</source>
            <translation>新建建筑与其他建筑的建筑间距均不小于 {limit:.2f} 米；最近的 {name} 相距 {value:.2f} 米。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} new building(s) stand closer than {limit:.2f} m to another building; {name} is {value:.2f} m away.</source>
            <translation>{count} 栋新建建筑与其他建筑的建筑间距小于 {limit:.2f} 米；{name} 相距 {value:.2f} 米。</translation>
        </message>
        <message>
            <location filename="../rules/sunlight.py" line="-171" />
            <source>Not evaluated: the sunlight-hours engine is not available in this version.</source>
            <translation>未评估：此版本不提供日照时数计算引擎。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Not evaluated: {problem}</source>
            <translation>未评估：{problem}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not evaluated: the sunlight control cannot be used ({error}).</source>
            <translation>未评估：无法使用日照控制条件（{error}）。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No new building of a use the sunlight rule applies to ({uses}) stands in this parcel.</source>
            <translation>该地块内没有日照规则所适用用途（{uses}）的新建建筑。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The new buildings have no wall long enough for a window receptor.</source>
            <translation>新建建筑没有足够长、可布置窗户受照点的墙面。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{count} new building(s) have no window facing the sun enough to get {limit:g} h.</source>
            <translation>{count} 栋新建建筑没有足够朝向太阳、可获得 {limit:g} 小时日照的窗户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} of {total} sun-facing windows get less than {limit:g} h of sun; the worst gets {value:.2f} h.</source>
            <translation>{total} 个朝阳窗户中有 {n} 个日照时数不足 {limit:g} 小时；最差的为 {value:.2f} 小时。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All {total} sun-facing windows get at least {limit:g} h of sun; the worst gets {value:.2f} h.</source>
            <translation>全部 {total} 个朝阳窗户的日照时数均不少于 {limit:g} 小时；最差的为 {value:.2f} 小时。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} windows facing away from the sun (under {limit:g} h even with nothing around) are not tested.</source>
            <translation>{n} 个背向太阳的窗户（即使周围无遮挡也不足 {limit:g} 小时）未参与检验。</translation>
        </message>
        <message>
            <location line="+112" />
            <source>No window of a sensitive existing building lies within the shadow range ({reach:.0f} m).</source>
            <translation>日照影响范围（{reach:.0f} 米）内没有敏感现状建筑的窗户。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{n} of {total} neighbouring windows are made worse than the standard allows (largest loss {loss:.2f} h).</source>
            <translation>{total} 个周边建筑窗户中有 {n} 个的日照降低超出标准允许范围（最大减少 {loss:.2f} 小时）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>None of the {total} neighbouring windows is made worse than the standard allows (largest loss {loss:.2f} h).</source>
            <translation>{total} 个周边建筑窗户的日照降低均未超出标准允许范围（最大减少 {loss:.2f} 小时）。</translation>
        </message>
        <message>
            <location filename="../rules/uses.py" line="+36" />
            <source>{count} new building(s) have a use that is not allowed here ({uses}); allowed: {allowed}.</source>
            <translation>{count} 栋新建建筑的用途在此不允许（{uses}）；允许的用途：{allowed}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Every new building has an allowed use ({uses}).</source>
            <translation>所有新建建筑的用途均为允许用途（{uses}）。</translation>
        </message>
    </context>
    <context>
        <name>scene</name>
        <message>
            <location filename="../scene/colouring.py" line="+28" />
            <source>(unknown)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roof</source>
            <translation>屋顶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wall</source>
            <translation>墙体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ground</source>
            <translation>地面</translation>
        </message>
        <message>
            <location line="+104" />
            <source>Height (m)</source>
            <translation>建筑高度（米）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roof level (m)</source>
            <translation>屋顶标高（米）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Floors</source>
            <translation>层数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use</source>
            <translation>用途</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Surface</source>
            <translation>表面类型</translation>
        </message>
        <message>
            <location filename="../scene/layer.py" line="+184" />
            <source>max {v}</source>
            <translation>最大 {v}</translation>
        </message>
        <message>
            <location filename="../scene/overlays.py" line="+75" />
            <source>{n} m</source>
            <translation>{n} 米</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+11" />
            <source>N</source>
            <translation>北</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E</source>
            <translation>东</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>上</translation>
        </message>
        <message>
            <location filename="../scene/citymesh.py" line="+87" />
            <source>Meshing buildings…</source>
            <translation>正在生成建筑网格…</translation>
        </message>
    </context>
    <context>
        <name>self.ctl</name>
        <message>
            <location filename="../ui/tools/draw.py" line="+70" />
            <source>Draw: click the corners; Enter finishes, Backspace removes a point, Esc cancels</source>
            <translation>绘制：单击各角点；Enter 完成，Backspace 删除一个点，Esc 取消</translation>
        </message>
        <message>
            <location line="+99" />
            <source>Drawing cancelled</source>
            <translation>已取消绘制</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A footprint needs at least three points</source>
            <translation>建筑基底至少需要三个点</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The outline crosses itself or is too small; move or remove points</source>
            <translation>轮廓自相交或过小；请移动或删除点</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Added {id}: {n} floors; change them in Properties</source>
            <translation>已添加 {id}：{n} 层；可在“属性”中修改</translation>
        </message>
        <message>
            <location filename="../ui/tools/select.py" line="+130" />
            <source>{n} building(s) selected</source>
            <translation>已选中 {n} 栋建筑</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../commands/selection_edits.py" line="+34" />
            <source>select one or more new buildings of the scheme first</source>
            <translation>请先选择方案中的一栋或多栋新建建筑</translation>
        </message>
        <message>
            <location line="+67" />
            <location filename="../session.py" line="+170" />
            <location line="+7" />
            <location line="+48" />
            <location line="+69" />
            <location line="+38" />
            <location line="+37" />
            <source>nothing is open</source>
            <translation>未打开任何内容</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Imported from {file}</source>
            <translation>导入自 {file}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Import {file}</source>
            <translation>导入 {file}</translation>
        </message>
        <message>
            <location filename="../session.py" line="-230" />
            <source>the file does not say its coordinate reference system; give one (e.g. EPSG:7415)</source>
            <translation>文件未注明坐标参考系；请给出一个（例如 EPSG:7415）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>this folder already holds a project; open it or choose another folder</source>
            <translation>此文件夹中已有项目；请打开它或选择其他文件夹</translation>
        </message>
        <message>
            <location line="+108" />
            <location line="+119" />
            <source>there is no scheme {name}</source>
            <translation>不存在方案 {name}</translation>
        </message>
        <message>
            <location line="-81" />
            <source>choose or add a scheme first (the status quo cannot be edited)</source>
            <translation>请先选择或添加一个方案（现状不可编辑）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scheme {n}</source>
            <translation>方案 {n}</translation>
        </message>
    </context>
    <context>
        <name>uses</name>
        <message>
            <location filename="terms.py" line="-87" />
            <source>residential</source>
            <translation>住宅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>office</source>
            <translation>办公</translation>
        </message>
        <message>
            <location line="+1" />
            <source>retail</source>
            <translation>商业</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mixed</source>
            <translation>混合</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public</source>
            <translation>公共</translation>
        </message>
        <message>
            <location line="+1" />
            <source>education</source>
            <translation>教育</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hotel</source>
            <translation>酒店</translation>
        </message>
        <message>
            <location line="+1" />
            <source>industrial</source>
            <translation>工业</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../ui/compare/__init__.py" line="+15" />
            <source>&amp;Compare schemes…</source>
            <translation>方案比选(&amp;C)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare two to four schemes side by side: views, metrics table, charts</source>
            <translation>并排比较两到四个方案：视图、指标表、图表</translation>
        </message>
        <message>
            <location filename="../ui/compare/window.py" line="+15" />
            <source>Compare schemes</source>
            <translation>方案比选</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a project with at least two schemes to compare them.</source>
            <translation>打开一个至少含两个方案的项目以进行比选。</translation>
        </message>
    </context>
</TS>
