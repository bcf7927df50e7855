<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="29"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="30"/>
        <source>Something went wrong ({kind}: {message}).
The window keeps the last valid design; details were written to the log.</source>
        <translation>出错了（{kind}：{message}）。
窗口保留最后一个有效的设计；详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>BreakdownView</name>
    <message>
        <location filename="../../gui/results.py" line="270"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="271"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="272"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="273"/>
        <source>Short</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="274"/>
        <source>Active per token</source>
        <translation>每词元激活</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="282"/>
        <source>A repeated block&apos;s row counts all its copies; the rows under it describe one copy.</source>
        <translation>重复块所在行统计其全部副本；其下各行描述单个副本。</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="322"/>
        <source>{n} × {each} each</source>
        <translation>{n} × 每份 {each}</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="333"/>
        <source>The rows below describe one of the {n} copies.</source>
        <translation>下列各行描述 {n} 份中的一份。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../gui/charts.py" line="469"/>
        <source>{name}, its own serving curve</source>
        <translation>{name}，其自身的推理曲线</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="471"/>
        <source>{name}, at its own training budget</source>
        <translation>{name}，按其自身的训练预算</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../gui/results.py" line="428"/>
        <source>Double-click a design to edit it.</source>
        <translation>双击设计即可编辑。</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="443"/>
        <source>Being edited</source>
        <translation>正在编辑</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="443"/>
        <source>Double-click to edit this design</source>
        <translation>双击编辑此设计</translation>
    </message>
</context>
<context>
    <name>DesignBar</name>
    <message>
        <location filename="../../gui/designs.py" line="62"/>
        <source>The designs of this project. Double-click a name to rename it.</source>
        <translation>本项目中的设计。双击名称可重命名。</translation>
    </message>
    <message>
        <location filename="../../gui/designs.py" line="67"/>
        <source>+ Design</source>
        <translation>+ 设计</translation>
    </message>
    <message>
        <location filename="../../gui/designs.py" line="68"/>
        <source>Add a design to compare: a copy of this one, a preset, or a config.json</source>
        <translation>添加要比较的设计：复制当前设计、预设或 config.json</translation>
    </message>
    <message>
        <location filename="../../gui/designs.py" line="71"/>
        <source>Duplicate this design</source>
        <translation>复制此设计</translation>
    </message>
    <message>
        <location filename="../../gui/designs.py" line="72"/>
        <source>Add a preset</source>
        <translation>添加预设</translation>
    </message>
    <message>
        <location filename="../../gui/designs.py" line="73"/>
        <source>Import Hugging Face config.json…</source>
        <translation>导入 Hugging Face config.json…</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../gui/editor.py" line="57"/>
        <source>Model family</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="58"/>
        <source>Sizes</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="59"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="60"/>
        <source>Feed-forward block (FFN)</source>
        <translation>前馈网络（FFN）</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="61"/>
        <source>Normalisation</source>
        <translation>归一化</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="62"/>
        <source>Biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="63"/>
        <source>Position information</source>
        <translation>位置信息</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="64"/>
        <source>Embeddings and output head</source>
        <translation>嵌入与输出头</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="65"/>
        <source>Mixture of Experts (MoE)</source>
        <translation>混合专家（MoE）</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="66"/>
        <source>Multi-token prediction (MTP)</source>
        <translation>多词元预测（MTP）</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="67"/>
        <source>Hybrid: layers without attention</source>
        <translation>混合架构：无注意力的层</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="68"/>
        <source>Multimodal release</source>
        <translation>多模态发布版本</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="69"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="70"/>
        <source>Hardware and parallelism</source>
        <translation>硬件与并行</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="71"/>
        <source>GPUs and cluster</source>
        <translation>GPU 与集群</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="72"/>
        <source>Parallel layout (empty: the planner chooses)</source>
        <translation>并行布局（留空：由规划器选择）</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="73"/>
        <source>Energy, carbon and cost</source>
        <translation>能耗、碳排放与成本</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="74"/>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="75"/>
        <source>Serving</source>
        <translation>推理服务</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="76"/>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="80"/>
        <source>Decoder-only (GPT, LLaMA)</source>
        <translation>仅解码器（GPT、LLaMA）</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="81"/>
        <source>Encoder-only (BERT)</source>
        <translation>仅编码器（BERT）</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="82"/>
        <source>Encoder-decoder (T5, BART)</source>
        <translation>编码器-解码器（T5、BART）</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="94"/>
        <location filename="../../gui/editor.py" line="107"/>
        <location filename="../../gui/editor.py" line="122"/>
        <source>Only for encoder-decoder models.</source>
        <translation>仅适用于编码器-解码器模型。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="95"/>
        <location filename="../../gui/editor.py" line="121"/>
        <source>Only for encoder-only models.</source>
        <translation>仅适用于仅编码器模型。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="96"/>
        <source>Not defined for encoder-decoder models.</source>
        <translation>不适用于编码器-解码器模型。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="97"/>
        <source>Only with parallel attention and FFN.</source>
        <translation>仅在注意力与 FFN 并行时可用。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="98"/>
        <source>Latent attention has no separate key/value heads.</source>
        <translation>潜在注意力没有单独的键/值头。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="99"/>
        <source>Only for LayerNorm (RMSNorm has no bias).</source>
        <translation>仅适用于 LayerNorm（RMSNorm 没有偏置）。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="100"/>
        <source>Only for learned positions.</source>
        <translation>仅适用于可学习位置编码。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="101"/>
        <source>Only for rotary positions.</source>
        <translation>仅适用于旋转位置编码。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="104"/>
        <source>Only for relative positions (T5 bias, DeBERTa embeddings).</source>
        <translation>仅适用于相对位置（T5 偏置、DeBERTa 嵌入）。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="106"/>
        <source>Only with a sliding window.</source>
        <translation>仅在使用滑动窗口时适用。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="108"/>
        <source>Only for decoder-only models.</source>
        <translation>仅适用于仅解码器模型。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="109"/>
        <location filename="../../gui/editor.py" line="110"/>
        <source>Only with MTP modules.</source>
        <translation>仅在有 MTP 模块时适用。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="111"/>
        <location filename="../../gui/editor.py" line="112"/>
        <location filename="../../gui/editor.py" line="113"/>
        <location filename="../../gui/editor.py" line="114"/>
        <source>Only for Gated DeltaNet.</source>
        <translation>仅适用于 Gated DeltaNet。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="115"/>
        <source>Only for the short convolution.</source>
        <translation>仅适用于短卷积。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="116"/>
        <source>Not defined for latent attention.</source>
        <translation>潜在注意力（MLA）未定义此项。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="119"/>
        <source>Only with a query/key norm of LayerNorm type.</source>
        <translation>仅在查询/键归一化为 LayerNorm 类型时可用。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="123"/>
        <location filename="../../gui/editor.py" line="124"/>
        <source>Only with shared experts.</source>
        <translation>仅在有共享专家时可用。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="125"/>
        <source>The custom GPU below is used instead.</source>
        <translation>将改用下方的自定义 GPU。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="425"/>
        <source>Start from a preset:</source>
        <translation>从预设开始：</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="141"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="142"/>
        <source>Workload assumptions</source>
        <translation>工作负载假设</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="623"/>
        <source>The results show the last valid design until this is fixed:</source>
        <translation>在修正此问题之前，结果显示最后一个有效的设计：</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="624"/>
        <source>see the field marked in red.</source>
        <translation>请查看标红的字段。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="669"/>
        <source>Each token uses {active} of {total} parameters: a sparse activation ratio of {ratio:.1%}.</source>
        <translation>每个词元使用 {total} 个参数中的 {active} 个：稀疏激活比例为 {ratio:.1%}。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/export.py" line="32"/>
        <location filename="../../gui/export.py" line="94"/>
        <location filename="../../gui/export.py" line="104"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="40"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="44"/>
        <source>{w} × {h} (slide, 16:9)</source>
        <translation>{w} × {h}（幻灯片，16:9）</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="45"/>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="50"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="54"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="55"/>
        <source>Custom width × height:</source>
        <translation>自定义宽 × 高：</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="60"/>
        <source>1× (as the size says)</source>
        <translation>1×（按所选尺寸）</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="61"/>
        <source>2× (twice the pixels, for sharp projection)</source>
        <translation>2×（像素加倍，投影更清晰）</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="62"/>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="64"/>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="65"/>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="73"/>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="94"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/export.py" line="104"/>
        <source>Could not write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
</context>
<context>
    <name>LayerListField</name>
    <message>
        <location filename="../../gui/fields.py" line="416"/>
        <source>a range goes from the lower index to the higher: {text}</source>
        <translation>范围应从较小的序号写到较大的序号：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="418"/>
        <source>not a layer index (0, 1, 2 ...) or a range (10-12): {text}</source>
        <translation>不是层序号（0, 1, 2 ...）或范围（10-12）：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="422"/>
        <source>layer indices go from 0 to {last}: {text}</source>
        <translation>层序号应在 0 到 {last} 之间：{text}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="224"/>
        <source>Change {design}</source>
        <translation>修改 {design}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>This design cannot be computed ({kind}: {error}); the results show the last design that could.</source>
        <translation>无法计算此设计（{kind}：{error}）；结果显示的是最后一个可以计算的设计。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>Computing the results of this design…</source>
        <translation>正在计算这个设计的结果…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>{name}: {params} parameters, {tokens} training tokens</source>
        <translation>{name}：{params} 参数，{tokens} 训练词元</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="324"/>
        <source>{name}: the figures follow a field when you press Enter, leave it or pause typing. Hover over a number to see how it was computed.</source>
        <translation>{name}：按回车、离开字段或停止输入片刻后，数值随之更新。将鼠标悬停在数字上可查看计算过程。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>{name}[*] — LLM Scale Studio</source>
        <translation>{name}[*] — LLM Scale Studio</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="346"/>
        <source>Edit {field}</source>
        <translation>编辑 {field}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="363"/>
        <source>Let the planner choose the layout</source>
        <translation>由规划器选择布局</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="366"/>
        <source>The training plan of this design is still being computed; choose a layout once it is shown.</source>
        <translation>这个设计的训练方案仍在计算中；请等它显示后再选择布局。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369"/>
        <source>Use layout {layout}</source>
        <translation>采用布局 {layout}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="380"/>
        <source>Too many designs</source>
        <translation>设计过多</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="380"/>
        <source>A project holds at most 64 designs.</source>
        <translation>一个项目最多包含 64 个设计。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="387"/>
        <source>Duplicate {design}</source>
        <translation>复制 {design}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <source>Add {design}</source>
        <translation>添加 {design}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="402"/>
        <source>Remove {design}</source>
        <translation>删除 {design}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="407"/>
        <source>Rename design</source>
        <translation>重命名设计</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="407"/>
        <source>Name of the design:</source>
        <translation>设计名称：</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="413"/>
        <source>Rename {design}</source>
        <translation>重命名 {design}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="442"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="442"/>
        <source>{problem}

The open project was not changed.</source>
        <translation>{problem}

当前打开的项目未作更改。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="464"/>
        <source>LLM Scale Studio projects (*{suffix});;Hugging Face config (*.json);;All files (*)</source>
        <translation>LLM Scale Studio 项目 (*{suffix});;Hugging Face 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="465"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="476"/>
        <source>Import Hugging Face config.json</source>
        <translation>导入 Hugging Face config.json</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="476"/>
        <source>Hugging Face config (*.json);;All files (*)</source>
        <translation>Hugging Face 配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="486"/>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="501"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="503"/>
        <source>model_type &apos;{model_type}&apos; is not supported, but its keys are Llama-style. Import it as {family}? The design will be labelled approximate: norms, biases or layers particular to this family would be missing.

Keys of its config.json that would not be understood: {keys}</source>
        <translation>不支持 model_type“{model_type}”，但它的键是 Llama 风格的。要按 {family} 导入吗？该设计会被标为近似：这个系列特有的归一化层、偏置或层将会缺失。

它的 config.json 中无法识别的键：{keys}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="507"/>
        <source>Import approximately?</source>
        <translation>近似导入？</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="521"/>
        <source>The checkpoint&apos;s headers could not be read: {problem}</source>
        <translation>无法读取检查点的头信息：{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="526"/>
        <source>The checkpoint&apos;s index names {tensors} tensors in {files} safetensors file(s), none of them here: its parameters are counted from the files&apos; headers.</source>
        <translation>检查点索引列出 {tensors} 个张量，分布在 {files} 个 safetensors 文件中，但这些文件都不在此处：参数量要从文件头读取。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="533"/>
        <source>Checkpoint, from the headers of {files} safetensors file(s): {total} values ({dtypes}); the model itself: {model}, this design: {ours}</source>
        <translation>检查点（来自 {files} 个 safetensors 文件的头信息）：{total} 个数值（{dtypes}）；模型本身：{model}，本设计：{ours}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="538"/>
        <source>; set apart: {parts}</source>
        <translation>；单独列出：{parts}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="541"/>
        <source>; {missing} of the {files} files its index names are not here and not counted</source>
        <translation>；索引列出的 {files} 个文件中有 {missing} 个不在此处，未计入</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="559"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="559"/>
        <source>LLM Scale Studio projects (*{suffix})</source>
        <translation>LLM Scale Studio 项目 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="573"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="573"/>
        <source>{problem}.

The project is still open and not saved; the file on disk was not changed. Try another folder.</source>
        <translation>{problem}。

项目仍处于打开状态且未保存；磁盘上的文件未被更改。请尝试其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="581"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="590"/>
        <source>Markdown report (*.md);;CSV table (*.csv)</source>
        <translation>Markdown 报告 (*.md);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="591"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="602"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="604"/>
        <source>Report written to {path}</source>
        <translation>报告已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="632"/>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="669"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="670"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="671"/>
        <source>New from &amp;preset</source>
        <translation>从预设新建(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="672"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="673"/>
        <source>Open &amp;Recent</source>
        <translation>打开最近的文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="676"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="677"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="679"/>
        <source>&amp;Import Hugging Face config.json…</source>
        <translation>导入 Hugging Face config.json(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="679"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="680"/>
        <source>Export &amp;report (Markdown, CSV)…</source>
        <translation>导出报告（Markdown、CSV）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="680"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="681"/>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="681"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="682"/>
        <source>&amp;Copy chart to clipboard</source>
        <translation>复制图表到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="682"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="684"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="685"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="687"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="688"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="690"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="695"/>
        <source>&amp;Duplicate design</source>
        <translation>复制设计(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="695"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="696"/>
        <source>Add design from &amp;preset</source>
        <translation>从预设添加设计(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="697"/>
        <source>Re&amp;name design…</source>
        <translation>重命名设计(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="697"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="698"/>
        <source>Re&amp;move design</source>
        <translation>删除设计(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="700"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="701"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="720"/>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="722"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="736"/>
        <source>Chart saved to {path}</source>
        <translation>图表已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="742"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="758"/>
        <source>Chart copied to the clipboard (1280 × 720).</source>
        <translation>图表已复制到剪贴板（1280 × 720）。</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../gui/fields.py" line="232"/>
        <source>not a number: {text}</source>
        <translation>不是数字：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="234"/>
        <source>not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="237"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="239"/>
        <source>too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="283"/>
        <source>enter a number</source>
        <translation>请输入数字</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="581"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="451"/>
        <location filename="../../gui/fields.py" line="583"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../gui/plan_view.py" line="41"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="41"/>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="42"/>
        <source>Optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="42"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="43"/>
        <source>Communication buffers</source>
        <translation>通信缓冲区</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="43"/>
        <source>Runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="44"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="45"/>
        <source>Tensor-parallel communication</source>
        <translation>张量并行通信</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="46"/>
        <source>Pipeline bubble</source>
        <translation>流水线气泡</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="47"/>
        <source>Data-parallel communication</source>
        <translation>数据并行通信</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="48"/>
        <source>Expert all-to-all</source>
        <translation>专家 all-to-all 通信</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="49"/>
        <source>Context-parallel exchange</source>
        <translation>上下文并行交换</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="50"/>
        <source>Optimizer step</source>
        <translation>优化器更新</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="113"/>
        <source>{dims}, ZeRO-{zero}, micro-batch {mb}, recomputation: {recompute}</source>
        <translation>{dims}，ZeRO-{zero}，微批 {mb}，重算：{recompute}</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="59"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="142"/>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="142"/>
        <source>{n} years</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="144"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="144"/>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="218"/>
        <source>{tokens}, {gpu}.</source>
        <translation>{tokens}，{gpu}。</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="279"/>
        <location filename="../../gui/plan_view.py" line="286"/>
        <source>Memory per GPU</source>
        <translation>每 GPU 显存</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="280"/>
        <location filename="../../gui/plan_view.py" line="286"/>
        <source>Step time</source>
        <translation>单步时间</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="286"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="286"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="286"/>
        <source>Fits</source>
        <translation>能否放下</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="300"/>
        <source>Use this layout</source>
        <translation>采用此布局</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="302"/>
        <source>Pin every value of the selected layout in the workload (undo brings the planner&apos;s choice back).</source>
        <translation>把所选布局的每个值固定到工作负载中（撤销即可恢复规划器的选择）。</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="307"/>
        <source>Let the planner choose</source>
        <translation>由规划器选择</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="309"/>
        <source>Empty every layout value you or a published run pinned, so that the planner chooses them again (the GPU count stays).</source>
        <translation>清空你或已发表训练固定的每个布局值，让规划器重新选择（GPU 数保持不变）。</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="314"/>
        <source>The chosen layout first, then the next best the planner found.</source>
        <translation>第一行是选中的布局，其后是规划器找到的次优布局。</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="322"/>
        <source>Alternative layouts</source>
        <translation>备选布局</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="325"/>
        <source>Training days vs GPUs</source>
        <translation>训练天数与 GPU 数</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="341"/>
        <source>GPU memory: {size} ({gpu})</source>
        <translation>GPU 显存：{size}（{gpu}）</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="355"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="355"/>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="397"/>
        <source>Searching the best layout at each GPU count…</source>
        <translation>正在为每个 GPU 数搜索最佳布局…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="404"/>
        <source>The chart could not be computed ({kind}: {error}).</source>
        <translation>无法计算该图表（{kind}：{error}）。</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <location filename="../../gui/editor.py" line="372"/>
        <source>Custom design (edited)</source>
        <translation>自定义设计（已修改）</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="388"/>
        <source>Start from a published model. Every value can be changed afterwards.</source>
        <translation>从已发布的模型开始。之后可以修改任何数值。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="28"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="29"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../gui/results.py" line="75"/>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="77"/>
        <source>How:</source>
        <translation>计算方法：</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="77"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="89"/>
        <source>no layout fits: see Training plan</source>
        <translation>没有能放下的布局：见“训练方案”</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="92"/>
        <source>{tokens} compute-optimal tokens on {n} × {gpu}</source>
        <translation>{tokens} 计算最优词元，{n} × {gpu}</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="94"/>
        <source>{tokens} tokens on {n} × {gpu}</source>
        <translation>{tokens} 词元，{n} × {gpu}</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="97"/>
        <source>, the fewest for {days} days</source>
        <translation>，{days} 天内训练完所需的最少 GPU</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="98"/>
        <source>: the target time cannot be met</source>
        <translation>：无法在目标时间内完成</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="104"/>
        <source> (the published run: {published}; this estimate {difference})</source>
        <translation>（已发表的训练：{published}；本估算 {difference}）</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="107"/>
        <source> (the published run)</source>
        <translation>（已发表的训练）</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="109"/>
        <source>; this layout does not fit in memory (see Training plan)</source>
        <translation>；这个布局的显存放不下（见“训练方案”）</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="120"/>
        <source>does not fit; see Serving</source>
        <translation>放不下；见“推理服务”</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="123"/>
        <source>does not fit; {n} would ({layout})</source>
        <translation>放不下；{n} 块可以（{layout}）</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="256"/>
        <source>Parameters by component</source>
        <translation>各组件参数量</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="261"/>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="262"/>
        <source>active per token</source>
        <translation>每词元激活</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/results.py" line="590"/>
        <source>Compare designs</source>
        <translation>比较设计</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="593"/>
        <source>Parameter breakdown</source>
        <translation>参数量明细</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="599"/>
        <source>Scaling-law charts</source>
        <translation>缩放定律图表</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../../gui/results.py" line="346"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/results.py" line="346"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../gui/messages.py" line="24"/>
        <source>must be at least {ge}</source>
        <translation>不能小于 {ge}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="25"/>
        <source>must be greater than {gt}</source>
        <translation>必须大于 {gt}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="26"/>
        <source>must be at most {le}</source>
        <translation>不能大于 {le}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="27"/>
        <source>must be less than {lt}</source>
        <translation>必须小于 {lt}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="28"/>
        <location filename="../../gui/messages.py" line="29"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="30"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="31"/>
        <source>must be a finite number</source>
        <translation>必须是有限的数字</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="32"/>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="33"/>
        <source>must be at most {max_length} characters</source>
        <translation>最多 {max_length} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="34"/>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="35"/>
        <source>must be one of {expected}</source>
        <translation>必须是以下之一：{expected}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="40"/>
        <source>d_model ({d_model}) is not divisible by the number of heads ({heads}); change one of them or set the head size explicitly</source>
        <translation>d_model（{d_model}）不能被注意力头数（{heads}）整除；请修改其中之一，或明确设置头维度</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="41"/>
        <source>key/value heads ({kv}) cannot exceed attention heads ({heads})</source>
        <translation>键值头数（{kv}）不能超过注意力头数（{heads}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="42"/>
        <source>key/value heads ({kv}) must divide attention heads ({heads}) evenly</source>
        <translation>键值头数（{kv}）必须能整除注意力头数（{heads}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="43"/>
        <source>latent attention (MLA) has no separate key/value heads; leave them empty</source>
        <translation>多头潜在注意力（MLA）没有单独的键值头；请留空</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="44"/>
        <source>decoder layers are only set for an encoder-decoder; use Layers for this family</source>
        <translation>解码器层数只用于编码器-解码器；此类模型请使用“层数”</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="45"/>
        <source>a pooler belongs to an encoder-only model</source>
        <translation>池化层只属于仅编码器模型</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="46"/>
        <source>a position offset only applies to learned positions</source>
        <translation>位置偏移只适用于可学习位置编码</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="47"/>
        <source>a rotary fraction only applies to rotary positions</source>
        <translation>旋转比例只适用于旋转位置编码</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="48"/>
        <source>the number of norms in a parallel block only applies to parallel blocks</source>
        <translation>并行块中的归一化层数只适用于并行块</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="49"/>
        <source>parallel attention and FFN blocks are not defined for encoder-decoders</source>
        <translation>编码器-解码器没有定义并行的注意力与前馈块</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="50"/>
        <source>an embedding projection to the same width as d_model does nothing; leave it empty</source>
        <translation>投影到与 d_model 相同宽度的嵌入投影不起作用；请留空</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="51"/>
        <source>choosing the stack that has experts only applies to encoder-decoders</source>
        <translation>选择带专家的堆栈只适用于编码器-解码器</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="52"/>
        <source>the MoE settings (every {every} layer(s) after {dense} dense) leave no MoE layer among {layers}; turn MoE off or change the pattern</source>
        <translation>当前 MoE 设置（前 {dense} 层稠密，之后每 {every} 层一个）在 {layers} 层中没有任何 MoE 层；请关闭 MoE 或修改间隔</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="53"/>
        <source>top-k ({k}) cannot exceed the number of routed experts ({experts})</source>
        <translation>top-k（{k}）不能超过路由专家数（{experts}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="54"/>
        <source>a shared-expert gate needs at least one shared expert</source>
        <translation>共享专家门控至少需要一个共享专家</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="55"/>
        <source>dense layers should be distinct layer indices from 0 to {last}, in increasing order</source>
        <translation>稠密层应为 0 到 {last} 之间互不相同的层序号，并按递增顺序排列</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="56"/>
        <source>dense layer {index} is beyond the last layer ({last})</source>
        <translation>稠密层 {index} 超出了最后一层（{last}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="58"/>
        <source>the GPU count ({gpus}) must be a multiple of tensor x pipeline x context parallel ({parallel})</source>
        <translation>GPU 数量（{gpus}）必须是张量并行 × 流水线并行 × 上下文并行（{parallel}）的整数倍</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="59"/>
        <source>tensor parallel ({tp}) must divide the {heads} attention heads</source>
        <translation>张量并行度（{tp}）必须能整除 {heads} 个注意力头</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="60"/>
        <source>tensor parallel ({tp}) must divide the {kv} key/value heads (or be a multiple of them)</source>
        <translation>张量并行度（{tp}）必须能整除 {kv} 个键/值头（或是其整数倍）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="61"/>
        <source>expert parallel ({ep}) must divide the {experts} routed experts</source>
        <translation>专家并行度（{ep}）必须能整除 {experts} 个路由专家</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="62"/>
        <source>expert parallel ({ep}) must divide the data-parallel GPUs ({dp}): experts are split inside that group</source>
        <translation>专家并行度（{ep}）必须能整除数据并行的 GPU 数（{dp}）：专家在该组内切分</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="63"/>
        <source>expert parallelism needs a Mixture-of-Experts model; set it to 1</source>
        <translation>专家并行只适用于混合专家（MoE）模型；请设为 1</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="64"/>
        <source>pipeline parallel ({pp}) exceeds the {layers} layers: every stage needs a layer</source>
        <translation>流水线并行度（{pp}）超过了 {layers} 层：每一级至少要有一层</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="65"/>
        <source>pipeline stages x virtual stages ({chunks}) exceed the {layers} layers and the embedding and output head: every chunk needs one</source>
        <translation>流水线级数 × 虚拟级数（{chunks}）超过了 {layers} 层加上嵌入层和输出头的数量：每个分块至少要有其中一个</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="66"/>
        <source>virtual pipeline stages need pipeline parallelism (more than one stage)</source>
        <translation>虚拟流水线级需要流水线并行（多于一级）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="67"/>
        <source>context parallel ({cp}) must divide the training sequence length ({seq})</source>
        <translation>上下文并行度（{cp}）必须能整除训练序列长度（{seq}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="68"/>
        <source>the global batch ({sequences} sequences of {seq} tokens) must be a multiple of micro-batch x data parallel ({product})</source>
        <translation>全局批量（{sequences} 条、每条 {seq} 个 token 的序列）必须是微批量 × 数据并行（{product}）的整数倍</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="69"/>
        <source>the interleaved schedule needs micro-batches per step ({micro_batches}) to be a multiple of the pipeline stages ({stages})</source>
        <translation>交错调度要求每步的微批量数（{micro_batches}）是流水线级数（{stages}）的整数倍</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="70"/>
        <source>does not fit: {memory} per GPU against {capacity} ({layout}); more tensor, pipeline or context parallelism, recomputation or ZeRO-3 would shrink it</source>
        <translation>放不下：每块 GPU 需要 {memory}，而显存只有 {capacity}（{layout}）；加大张量、流水线或上下文并行，使用重计算或 ZeRO-3 可以减少显存</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="71"/>
        <source>no layout of {gpus} GPUs can split this model and its batch; change the GPU count, the global batch or the pinned values</source>
        <translation>{gpus} 块 GPU 没有任何布局能切分这个模型和它的批量；请修改 GPU 数量、全局批量或已固定的值</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="72"/>
        <source>no layout of one GPU can split this model and its batch; change the GPU count, the global batch or the pinned values</source>
        <translation>1 块 GPU 没有任何布局能切分这个模型和它的批量；请修改 GPU 数量、全局批量或已固定的值</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="73"/>
        <source>no efficiency figures for the generation of {gpu}; Hopper&apos;s are used</source>
        <translation>没有 {gpu} 这一代的效率数据；使用 Hopper 的数据</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="74"/>
        <source>{gpu} has no published intra-node link figure: PCIe Gen4 x16 (32 GB/s each way) assumed</source>
        <translation>{gpu} 没有公开的节点内互连数据：假定为 PCIe Gen4 x16（每个方向 32 GB/s）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="75"/>
        <source>{gpu} has no published network figure: 100 Gbit/s Ethernet per 8 GPUs assumed</source>
        <translation>{gpu} 没有公开的网络数据：假定每 8 块 GPU 共用 100 Gbit/s 以太网</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="79"/>
        <source>the prompt ({total} tokens) exceeds the context per request ({ctx})</source>
        <translation>提示（{total} 个词元）超出了每个请求的上下文（{ctx}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="82"/>
        <source>it would fit on {gpus} x {gpu} (tensor parallel {tp} x pipeline parallel {pp})</source>
        <translation>用 {gpus} 块 {gpu} 可以放下（张量并行 {tp} × 流水线并行 {pp}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="83"/>
        <source>it would fit on {gpus} x {gpu} (tensor parallel {tp})</source>
        <translation>用 {gpus} 块 {gpu} 可以放下（张量并行 {tp}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="84"/>
        <source>it does not fit even on 1,024 x {gpu}</source>
        <translation>即使用 1,024 块 {gpu} 也放不下</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="86"/>
        <source>full fine-tuning needs {memory} and does not fit one {gpu} ({capacity})</source>
        <translation>全参数微调需要 {memory}，单块 {gpu}（{capacity}）放不下</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="87"/>
        <source>the last {blocks} blocks needs {memory} and does not fit one {gpu} ({capacity})</source>
        <translation>只训练最后 {blocks} 个块需要 {memory}，单块 {gpu}（{capacity}）放不下</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="88"/>
        <source>LoRA r={rank} on {targets} needs {memory} and does not fit one {gpu} ({capacity})</source>
        <translation>在 {targets} 上做 r={rank} 的 LoRA 需要 {memory}，单块 {gpu}（{capacity}）放不下</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="89"/>
        <source>QLoRA (NF4 base) r={rank} on {targets} needs {memory} and does not fit one {gpu} ({capacity})</source>
        <translation>在 {targets} 上做 r={rank} 的 QLoRA（NF4 基座）需要 {memory}，单块 {gpu}（{capacity}）放不下</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="90"/>
        <source>it would fit with gradient checkpointing</source>
        <translation>开启梯度检查点即可放下</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="91"/>
        <source>it would fit as LoRA with gradient checkpointing</source>
        <translation>改用 LoRA 并开启梯度检查点即可放下</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="92"/>
        <source>it would fit as QLoRA with gradient checkpointing</source>
        <translation>改用 QLoRA 并开启梯度检查点即可放下</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="93"/>
        <source>it would fit as QLoRA with checkpointing at batch 1</source>
        <translation>改用 QLoRA、开启检查点并把批量设为 1 即可放下</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="94"/>
        <source>even QLoRA at batch 1 needs {memory}</source>
        <translation>即使用 QLoRA、批量为 1 也需要 {memory}</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="96"/>
        <source>no GPU count the planner tried trains {tokens} tokens in {days} days with any layout; allow more days or fewer tokens</source>
        <translation>规划器尝试过的 GPU 数量中，没有任何布局能在 {days} 天内训练完 {tokens} 词元；请放宽天数或减少词元数</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="97"/>
        <source>no GPU count the planner tried trains {tokens} tokens in {days} days with a global batch of {batch} tokens; allow more days, fewer tokens or a larger global batch</source>
        <translation>规划器尝试过的 GPU 数量中，没有一个能在全局批量为 {batch} 词元时于 {days} 天内训练完 {tokens} 词元；请放宽天数、减少词元数或增大全局批量</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="77"/>
        <source>the context ({ctx} tokens) is beyond the {trained} tokens this model was trained for</source>
        <translation>上下文（{ctx} 个词元）超出了此模型训练时的 {trained} 个词元</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="78"/>
        <source>prompt + output ({total} tokens) exceed the context per request ({ctx})</source>
        <translation>提示 + 输出（{total} 个词元）超出了每个请求的上下文（{ctx}）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="80"/>
        <source>does not fit: the weights, workspace and overhead alone exceed the memory the server may use</source>
        <translation>放不下：仅权重、工作空间和开销就超出了服务器可用的显存</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="81"/>
        <source>{batch} requests of {ctx} tokens do not fit the KV cache (at most {most})</source>
        <translation>{batch} 个 {ctx} 词元的请求放不进 KV 缓存（最多 {most} 个）</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="95"/>
        <source>does not fit: no layout of up to a million GPUs holds this training state; shorten the sequence or the micro-batch, or unpin the layout values</source>
        <translation>放不下：最多一百万个 GPU 的任何布局都装不下此训练状态；请缩短序列或微批次，或取消固定的布局数值</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../../gui/fields.py" line="42"/>
        <source>decoder-only</source>
        <translation>仅解码器</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="42"/>
        <source>encoder-only</source>
        <translation>仅编码器</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="43"/>
        <source>encoder-decoder</source>
        <translation>编码器-解码器</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="44"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="44"/>
        <source>GELU, tanh written out (GPT-2)</source>
        <translation>GELU，tanh 近似（GPT-2）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="45"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="45"/>
        <source>SwiGLU</source>
        <translation>SwiGLU</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="45"/>
        <source>GeGLU</source>
        <translation>GeGLU</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="45"/>
        <source>squared ReLU (Nemotron)</source>
        <translation>平方 ReLU（Nemotron）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="46"/>
        <source>LayerNorm</source>
        <translation>LayerNorm</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="46"/>
        <source>RMSNorm</source>
        <translation>RMSNorm</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="47"/>
        <source>pre-norm</source>
        <translation>前置归一化（pre-norm）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="47"/>
        <source>post-norm</source>
        <translation>后置归一化（post-norm）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="48"/>
        <source>sandwich (before and after)</source>
        <translation>三明治（前后均有）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="49"/>
        <source>learned table</source>
        <translation>可学习位置表</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="49"/>
        <source>sinusoidal</source>
        <translation>正弦</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="50"/>
        <source>rotary (RoPE)</source>
        <translation>旋转（RoPE）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="50"/>
        <source>ALiBi</source>
        <translation>ALiBi</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="51"/>
        <source>relative bias (T5)</source>
        <translation>相对位置偏置（T5）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="51"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="52"/>
        <source>relative embeddings (DeBERTa)</source>
        <translation>相对位置嵌入（DeBERTa）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="53"/>
        <source>per head (Qwen3, Gemma 3)</source>
        <translation>按头（Qwen3、Gemma 3）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="54"/>
        <source>full width (OLMo 2)</source>
        <translation>全宽（OLMo 2）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="55"/>
        <source>Gated DeltaNet (Qwen3-Next)</source>
        <translation>Gated DeltaNet（Qwen3-Next）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="56"/>
        <source>short convolution (LFM2)</source>
        <translation>短卷积（LFM2）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="57"/>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="57"/>
        <source>autocast bf16 (PyTorch AMP)</source>
        <translation>自动混合精度 bf16（PyTorch AMP）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="58"/>
        <source>autocast fp16 (PyTorch AMP)</source>
        <translation>自动混合精度 fp16（PyTorch AMP）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="59"/>
        <source>mixed bf16, fp32 master in optimizer (Megatron, DeepSpeed)</source>
        <translation>混合精度 bf16，优化器中保留 fp32 主权重（Megatron、DeepSpeed）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="60"/>
        <source>mixed fp16, fp32 master in optimizer (Megatron, DeepSpeed)</source>
        <translation>混合精度 fp16，优化器中保留 fp32 主权重（Megatron、DeepSpeed）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="61"/>
        <source>pure bf16</source>
        <translation>纯 bf16</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="61"/>
        <source>fp8 (Transformer Engine)</source>
        <translation>fp8（Transformer Engine）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="62"/>
        <source>int8</source>
        <translation>int8</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="62"/>
        <source>int4</source>
        <translation>int4</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="63"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="63"/>
        <source>SGD with momentum</source>
        <translation>带动量的 SGD</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="64"/>
        <source>Adafactor</source>
        <translation>Adafactor</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="65"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="65"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="66"/>
        <source>selective</source>
        <translation>选择性</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="66"/>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="67"/>
        <source>all-to-all (every expert copy)</source>
        <translation>全对全（每个专家副本各发一次）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="68"/>
        <source>once per node (DeepEP)</source>
        <translation>每个节点只发一次（DeepEP）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="69"/>
        <source>both stacks</source>
        <translation>编码器和解码器</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="69"/>
        <source>encoder only</source>
        <translation>仅编码器</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="70"/>
        <source>decoder only</source>
        <translation>仅解码器</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="72"/>
        <source>Volta (V100)</source>
        <translation>Volta（V100）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="72"/>
        <source>Ampere (A100)</source>
        <translation>Ampere（A100）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="73"/>
        <source>Ada (L40S)</source>
        <translation>Ada（L40S）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="73"/>
        <source>Hopper (H100, H200)</source>
        <translation>Hopper（H100、H200）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="74"/>
        <source>Blackwell (B200)</source>
        <translation>Blackwell（B200）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="74"/>
        <source>CDNA 3 (MI300X)</source>
        <translation>CDNA 3（MI300X）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="75"/>
        <source>CDNA 4 (MI355X)</source>
        <translation>CDNA 4（MI355X）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="75"/>
        <source>Ascend (Huawei)</source>
        <translation>昇腾（华为）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="76"/>
        <source>TPU (Google)</source>
        <translation>TPU（谷歌）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="78"/>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="78"/>
        <source>QLoRA (4-bit base)</source>
        <translation>QLoRA（4 位基座）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="79"/>
        <source>freeze (train the last layers)</source>
        <translation>冻结（只训练最后几层）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="79"/>
        <source>DoRA</source>
        <translation>DoRA</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="80"/>
        <source>query and value</source>
        <translation>查询和值</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="80"/>
        <source>attention projections</source>
        <translation>注意力投影</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="81"/>
        <source>MLP only</source>
        <translation>仅 MLP</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="81"/>
        <source>all linear layers</source>
        <translation>所有线性层</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="82"/>
        <source>8-bit AdamW (bitsandbytes)</source>
        <translation>8 位 AdamW（bitsandbytes）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="83"/>
        <source>paged 8-bit AdamW (bitsandbytes)</source>
        <translation>分页 8 位 AdamW（bitsandbytes）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="85"/>
        <source>AWQ int4</source>
        <translation>AWQ int4</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="85"/>
        <source>GPTQ int4</source>
        <translation>GPTQ int4</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="86"/>
        <source>GPTQ int3</source>
        <translation>GPTQ int3</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="86"/>
        <source>NF4 (bitsandbytes)</source>
        <translation>NF4（bitsandbytes）</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="87"/>
        <source>GGUF Q8_0</source>
        <translation>GGUF Q8_0</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="87"/>
        <source>GGUF Q6_K</source>
        <translation>GGUF Q6_K</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="88"/>
        <source>GGUF Q5_K_M</source>
        <translation>GGUF Q5_K_M</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="88"/>
        <source>GGUF Q4_K_M</source>
        <translation>GGUF Q4_K_M</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="89"/>
        <source>GGUF Q3_K_M</source>
        <translation>GGUF Q3_K_M</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="89"/>
        <source>GGUF Q2_K</source>
        <translation>GGUF Q2_K</translation>
    </message>
</context>
</TS>
