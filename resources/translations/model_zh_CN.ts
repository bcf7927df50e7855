<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>model</name>
    <message>
      <source>Family</source>
      <translation>架构类型</translation>
    </message>
    <message>
      <source>Encoder-only (BERT), decoder-only (GPT, LLaMA) or encoder-decoder (T5, BART).</source>
      <translation>仅编码器（BERT）、仅解码器（GPT、LLaMA）或编码器-解码器（T5、BART）。</translation>
    </message>
    <message>
      <source>Vocabulary size</source>
      <translation>词表大小</translation>
    </message>
    <message>
      <source>Number of distinct tokens.</source>
      <translation>不同词元的数量。</translation>
    </message>
    <message>
      <source>tokens</source>
      <translation>词元</translation>
    </message>
    <message>
      <source>Model width (d_model)</source>
      <translation>模型宽度（d_model）</translation>
    </message>
    <message>
      <source>Width of the residual stream: every token is a vector of this length.</source>
      <translation>残差流的宽度：每个词元都是这一长度的向量。</translation>
    </message>
    <message>
      <source>Layers</source>
      <translation>层数</translation>
    </message>
    <message>
      <source>Transformer blocks (for encoder-decoder: the encoder's).</source>
      <translation>Transformer 块数（编码器-解码器模型指编码器的块数）。</translation>
    </message>
    <message>
      <source>Decoder layers</source>
      <translation>解码器层数</translation>
    </message>
    <message>
      <source>Encoder-decoder only: blocks in the decoder; empty means the same as the encoder.</source>
      <translation>仅用于编码器-解码器：解码器中的块数；留空表示与编码器相同。</translation>
    </message>
    <message>
      <source>Attention heads</source>
      <translation>注意力头数</translation>
    </message>
    <message>
      <source>Query heads per attention layer.</source>
      <translation>每个注意力层的查询头数。</translation>
    </message>
    <message>
      <source>Key/value heads</source>
      <translation>键值头数</translation>
    </message>
    <message>
      <source>Empty or equal to the heads: multi-head; fewer: grouped-query (GQA); 1: multi-query (MQA).</source>
      <translation>留空或等于注意力头数：多头注意力；更少：分组查询注意力（GQA）；1：多查询注意力（MQA）。</translation>
    </message>
    <message>
      <source>Head size</source>
      <translation>头维度</translation>
    </message>
    <message>
      <source>Width of one head; empty means d_model / heads (Gemma uses 256).</source>
      <translation>单个头的宽度；留空表示 d_model / 头数（Gemma 使用 256）。</translation>
    </message>
    <message>
      <source>FFN width (d_ff)</source>
      <translation>FFN 宽度（d_ff）</translation>
    </message>
    <message>
      <source>Hidden width of the feed-forward block (usually 4 x d_model; 8/3 x for gated).</source>
      <translation>前馈网络块的隐藏层宽度（通常为 4 x d_model；门控结构为 8/3 x）。</translation>
    </message>
    <message>
      <source>Context length</source>
      <translation>上下文长度</translation>
    </message>
    <message>
      <source>Longest sequence the model is built for; sets the size of learned position tables.</source>
      <translation>模型设计支持的最长序列；决定可学习位置表的大小。</translation>
    </message>
    <message>
      <source>Multi-head latent attention</source>
      <translation>多头潜在注意力</translation>
    </message>
    <message>
      <source>DeepSeek-V2/V3 low-rank attention; empty means standard attention.</source>
      <translation>DeepSeek-V2/V3 的低秩注意力；留空表示标准注意力。</translation>
    </message>
    <message>
      <source>Fused QKV projection</source>
      <translation>融合 QKV 投影</translation>
    </message>
    <message>
      <source>One matrix computes queries, keys and values (GPT-2, Falcon). Same parameter count; under autocast it keeps one input copy instead of three.</source>
      <translation>用一个矩阵同时计算查询、键和值（GPT-2、Falcon）。参数量相同；在 autocast 下只保留一份输入副本而不是三份。</translation>
    </message>
    <message>
      <source>Parallel attention and FFN</source>
      <translation>注意力与 FFN 并行</translation>
    </message>
    <message>
      <source>Attention and FFN read the same input and are added together (GPT-J, Falcon, Phi).</source>
      <translation>注意力和 FFN 读取同一输入，输出相加（GPT-J、Falcon、Phi）。</translation>
    </message>
    <message>
      <source>FFN type</source>
      <translation>FFN 类型</translation>
    </message>
    <message>
      <source>Plain (GELU, ReLU: two matrices) or gated (SwiGLU, GeGLU: three matrices). 'GELU, tanh written out' is GPT-2's and Phi's gelu_new: the same count, but it keeps more activations in training.</source>
      <translation>普通（GELU、ReLU：两个矩阵）或门控（SwiGLU、GeGLU：三个矩阵）。“GELU，tanh 近似”即 GPT-2 和 Phi 的 gelu_new：参数量相同，但训练时保存的激活值更多。</translation>
    </message>
    <message>
      <source>Norm</source>
      <translation>归一化</translation>
    </message>
    <message>
      <source>LayerNorm (weight and bias) or RMSNorm (weight only).</source>
      <translation>层归一化（LayerNorm，含权重和偏置）或均方根归一化（RMSNorm，仅含权重）。</translation>
    </message>
    <message>
      <source>Norm placement</source>
      <translation>归一化位置</translation>
    </message>
    <message>
      <source>Pre-norm (GPT-2, LLaMA), post-norm (BERT, BART) or sandwich: before and after each sub-layer (Gemma 2).</source>
      <translation>前置归一化（GPT-2、LLaMA）、后置归一化（BERT、BART）或三明治式：每个子层前后各一次（Gemma 2）。</translation>
    </message>
    <message>
      <source>Norms in a parallel block</source>
      <translation>并行块中的归一化数</translation>
    </message>
    <message>
      <source>Parallel blocks only: 1 shared norm (Falcon-7B, GPT-J, Phi) or 2 (Falcon-40B).</source>
      <translation>仅用于并行块：1 个共享归一化（Falcon-7B、GPT-J、Phi）或 2 个（Falcon-40B）。</translation>
    </message>
    <message>
      <source>Final norm</source>
      <translation>最终归一化</translation>
    </message>
    <message>
      <source>A norm after the last block of each stack (not in BERT or BART).</source>
      <translation>每个堆栈最后一个块之后的归一化（BERT 和 BART 没有）。</translation>
    </message>
    <message>
      <source>Embedding norm</source>
      <translation>嵌入归一化</translation>
    </message>
    <message>
      <source>A norm right after the embeddings (BERT, BART).</source>
      <translation>紧接在嵌入之后的归一化（BERT、BART）。</translation>
    </message>
    <message>
      <source>Q/K/V bias</source>
      <translation>Q/K/V 偏置</translation>
    </message>
    <message>
      <source>Query, key and value projections have biases (GPT-2, BERT, Qwen2).</source>
      <translation>查询、键和值投影带偏置（GPT-2、BERT、Qwen2）。</translation>
    </message>
    <message>
      <source>Attention output bias</source>
      <translation>注意力输出偏置</translation>
    </message>
    <message>
      <source>The attention output projection has a bias.</source>
      <translation>注意力输出投影带偏置。</translation>
    </message>
    <message>
      <source>FFN biases</source>
      <translation>FFN 偏置</translation>
    </message>
    <message>
      <source>The feed-forward matrices have biases.</source>
      <translation>前馈网络矩阵带偏置。</translation>
    </message>
    <message>
      <source>LayerNorm bias</source>
      <translation>LayerNorm 偏置</translation>
    </message>
    <message>
      <source>LayerNorm has a bias as well as a weight (RMSNorm never does).</source>
      <translation>LayerNorm 除权重外还有偏置（RMSNorm 从不带偏置）。</translation>
    </message>
    <message>
      <source>Output head bias</source>
      <translation>输出头偏置</translation>
    </message>
    <message>
      <source>The output (LM) head has a bias per token (Phi-2).</source>
      <translation>输出头（语言模型头）为每个词元设一个偏置（Phi-2）。</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation>位置编码</translation>
    </message>
    <message>
      <source>Learned table, sinusoidal, rotary (RoPE), ALiBi, T5 relative bias, or none.</source>
      <translation>可学习位置表、正弦位置编码、旋转位置编码（RoPE）、ALiBi、T5 相对位置偏置，或无。</translation>
    </message>
    <message>
      <source>Learned position offset</source>
      <translation>可学习位置偏移</translation>
    </message>
    <message>
      <source>Extra rows in the learned position table (BART and OPT reserve 2).</source>
      <translation>可学习位置表中的额外行数（BART 和 OPT 预留 2 行）。</translation>
    </message>
    <message>
      <source>Rotary fraction</source>
      <translation>旋转比例</translation>
    </message>
    <message>
      <source>Share of each head rotated by RoPE (Phi-2: 0.4); no parameters.</source>
      <translation>每个头中由 RoPE 旋转的部分所占比例（Phi-2：0.4）；不含参数。</translation>
    </message>
    <message>
      <source>Relative position buckets</source>
      <translation>相对位置分桶数</translation>
    </message>
    <message>
      <source>T5 relative bias: buckets x heads, learned in the first layer of each stack.</source>
      <translation>T5 相对位置偏置：分桶数 x 头数，在每个堆栈的第一层中学习。</translation>
    </message>
    <message>
      <source>Tied output head</source>
      <translation>共享输出头</translation>
    </message>
    <message>
      <source>The output head reuses the token embedding matrix.</source>
      <translation>输出头复用词元嵌入矩阵。</translation>
    </message>
    <message>
      <source>Token types</source>
      <translation>词元类型数</translation>
    </message>
    <message>
      <source>Segment embeddings (BERT: 2, RoBERTa: 1, others: 0).</source>
      <translation>片段嵌入（BERT：2，RoBERTa：1，其他：0）。</translation>
    </message>
    <message>
      <source>Pooler</source>
      <translation>池化层</translation>
    </message>
    <message>
      <source>Encoder-only: a d_model x d_model layer on the first token (BERT).</source>
      <translation>仅编码器：作用于第一个词元的 d_model x d_model 层（BERT）。</translation>
    </message>
    <message>
      <source>Embedding projection</source>
      <translation>嵌入投影</translation>
    </message>
    <message>
      <source>Embeddings narrower than d_model, projected in and out (OPT-350m: 512).</source>
      <translation>嵌入比 d_model 窄，输入输出时进行投影（OPT-350m：512）。</translation>
    </message>
    <message>
      <source>Mixture of experts</source>
      <translation>混合专家</translation>
    </message>
    <message>
      <source>Sparse FFN layers; empty means a dense model.</source>
      <translation>稀疏 FFN 层；留空表示稠密模型。</translation>
    </message>
    <message>
      <source>Query latent rank</source>
      <translation>查询潜在秩</translation>
    </message>
    <message>
      <source>Rank of the query down-projection; empty means queries are projected directly (DeepSeek-V2-Lite).</source>
      <translation>查询降维投影的秩；留空表示直接投影查询（DeepSeek-V2-Lite）。</translation>
    </message>
    <message>
      <source>KV latent rank</source>
      <translation>KV 潜在秩</translation>
    </message>
    <message>
      <source>Width of the compressed key/value latent that is cached.</source>
      <translation>被缓存的压缩键值潜在向量的宽度。</translation>
    </message>
    <message>
      <source>Query/key head size without RoPE</source>
      <translation>不含 RoPE 的查询/键头维度</translation>
    </message>
    <message>
      <source>Per-head query/key width that carries no rotary position.</source>
      <translation>每个头中不携带旋转位置信息的查询/键宽度。</translation>
    </message>
    <message>
      <source>Query/key head size with RoPE</source>
      <translation>含 RoPE 的查询/键头维度</translation>
    </message>
    <message>
      <source>Per-head rotary part of queries; one rotary key is shared by all heads.</source>
      <translation>每个头中查询的旋转部分；所有头共享一个旋转键。</translation>
    </message>
    <message>
      <source>Value head size</source>
      <translation>值头维度</translation>
    </message>
    <message>
      <source>Per-head width of the values.</source>
      <translation>每个头中值的宽度。</translation>
    </message>
    <message>
      <source>Routed experts</source>
      <translation>路由专家数</translation>
    </message>
    <message>
      <source>Experts per MoE layer that a router chooses from.</source>
      <translation>每个 MoE 层中供路由器选择的专家数。</translation>
    </message>
    <message>
      <source>Experts per token (top-k)</source>
      <translation>每个词元的专家数（top-k）</translation>
    </message>
    <message>
      <source>How many routed experts each token is sent to.</source>
      <translation>每个词元被分配到的路由专家数。</translation>
    </message>
    <message>
      <source>Expert FFN width</source>
      <translation>专家 FFN 宽度</translation>
    </message>
    <message>
      <source>Hidden width of one routed expert.</source>
      <translation>单个路由专家的隐藏层宽度。</translation>
    </message>
    <message>
      <source>Shared experts</source>
      <translation>共享专家数</translation>
    </message>
    <message>
      <source>Experts every token passes through (DeepSeekMoE, Qwen-MoE).</source>
      <translation>每个词元都要经过的专家（DeepSeekMoE、Qwen-MoE）。</translation>
    </message>
    <message>
      <source>Shared expert width</source>
      <translation>共享专家宽度</translation>
    </message>
    <message>
      <source>Hidden width of one shared expert; empty means the routed expert width.</source>
      <translation>单个共享专家的隐藏层宽度；留空表示与路由专家宽度相同。</translation>
    </message>
    <message>
      <source>Shared-expert gate</source>
      <translation>共享专家门控</translation>
    </message>
    <message>
      <source>A learned scalar gate on the shared expert's output (Qwen-MoE: one d_model-vector).</source>
      <translation>作用于共享专家输出的可学习标量门控（Qwen-MoE：一个 d_model 维向量）。</translation>
    </message>
    <message>
      <source>MoE every n-th layer</source>
      <translation>每 n 层一个 MoE 层</translation>
    </message>
    <message>
      <source>1: every layer is MoE; 2: every second layer (Switch Transformers).</source>
      <translation>1：每层都是 MoE；2：每隔一层（Switch Transformers）。</translation>
    </message>
    <message>
      <source>Leading dense layers</source>
      <translation>前置稠密层数</translation>
    </message>
    <message>
      <source>The first layers keep a dense FFN (DeepSeek-V3: 3).</source>
      <translation>前若干层保留稠密 FFN（DeepSeek-V3：3）。</translation>
    </message>
    <message>
      <source>Router bias</source>
      <translation>路由器偏置</translation>
    </message>
    <message>
      <source>The router's linear layer has a bias vector.</source>
      <translation>路由器的线性层带偏置向量。</translation>
    </message>
    <message>
      <source>MoE in</source>
      <translation>MoE 位置</translation>
    </message>
    <message>
      <source>Encoder-decoder only: experts in both stacks, or only in the encoder or the decoder.</source>
      <translation>仅用于编码器-解码器：两个堆栈都有专家，或仅编码器或仅解码器有专家。</translation>
    </message>
    <message>
      <source>Training tokens</source>
      <translation>训练词元数</translation>
    </message>
    <message>
      <source>Empty: compute-optimal, about 20 tokens per parameter (Hoffmann et al. 2022).</source>
      <translation>留空：计算最优，约每个参数 20 个词元（Hoffmann et al. 2022）。</translation>
    </message>
    <message>
      <source>Training sequence length</source>
      <translation>训练序列长度</translation>
    </message>
    <message>
      <source>Tokens per training sequence; empty means the model's context length.</source>
      <translation>每条训练序列的词元数；留空表示模型的上下文长度。</translation>
    </message>
    <message>
      <source>Micro-batch per GPU</source>
      <translation>每个 GPU 的微批次</translation>
    </message>
    <message>
      <source>Sequences each GPU holds in one forward/backward pass.</source>
      <translation>每个 GPU 在一次前向/反向传播中处理的序列数。</translation>
    </message>
    <message>
      <source>Precision recipe</source>
      <translation>精度方案</translation>
    </message>
    <message>
      <source>fp32; PyTorch autocast (amp: fp32 weights, bf16/fp16 compute); Megatron/DeepSpeed mixed precision (16-bit weights, fp32 master copy in the optimizer); pure bf16; fp8 (Transformer Engine).</source>
      <translation>fp32；PyTorch autocast（amp：fp32 权重，bf16/fp16 计算）；Megatron/DeepSpeed 混合精度（16 位权重，优化器中保留 fp32 主副本）；纯 bf16；fp8（Transformer Engine）。</translation>
    </message>
    <message>
      <source>Optimizer</source>
      <translation>优化器</translation>
    </message>
    <message>
      <source>Adam/AdamW (two moments), SGD with momentum (one), Adafactor (factored second moment).</source>
      <translation>Adam/AdamW（两个矩估计）、带动量的 SGD（一个）、Adafactor（分解的二阶矩）。</translation>
    </message>
    <message>
      <source>Activation recomputation</source>
      <translation>激活重计算</translation>
    </message>
    <message>
      <source>None; selective (attention scores recomputed); full (only each layer's input kept).</source>
      <translation>无；选择性（重新计算注意力分数）；完全（每层只保留输入）。</translation>
    </message>
    <message>
      <source>Flash attention</source>
      <translation>Flash Attention</translation>
    </message>
    <message>
      <source>A fused attention kernel that never stores the s x s attention matrix.</source>
      <translation>融合注意力内核，从不存储 s x s 注意力矩阵。</translation>
    </message>
    <message>
      <source>Dropout</source>
      <translation>Dropout</translation>
    </message>
    <message>
      <source>Dropout layers on (they keep a mask per dropped tensor).</source>
      <translation>启用 Dropout 层（每个被丢弃的张量都保存一个掩码）。</translation>
    </message>
    <message>
      <source>GPU</source>
      <translation>GPU</translation>
    </message>
    <message>
      <source>Accelerator from the catalog (resources/gpus.json).</source>
      <translation>从目录中选择的加速器（resources/gpus.json）。</translation>
    </message>
    <message>
      <source>Custom GPU</source>
      <translation>自定义 GPU</translation>
    </message>
    <message>
      <source>Your own accelerator; used instead of the catalog entry.</source>
      <translation>你自己的加速器；代替目录条目使用。</translation>
    </message>
    <message>
      <source>GPUs for training</source>
      <translation>训练用 GPU 数</translation>
    </message>
    <message>
      <source>Total GPUs; data parallel degree = GPUs / (tensor x pipeline).</source>
      <translation>GPU 总数；数据并行度 = GPU 数 / (张量并行 x 流水线并行)。</translation>
    </message>
    <message>
      <source>Tensor parallel</source>
      <translation>张量并行</translation>
    </message>
    <message>
      <source>GPUs that split each layer's matrices (Megatron-LM).</source>
      <translation>切分每层矩阵的 GPU 数（Megatron-LM）。</translation>
    </message>
    <message>
      <source>Pipeline parallel</source>
      <translation>流水线并行</translation>
    </message>
    <message>
      <source>GPUs that split the layers into stages.</source>
      <translation>将各层划分为多个阶段的 GPU 数。</translation>
    </message>
    <message>
      <source>ZeRO stage</source>
      <translation>ZeRO 阶段</translation>
    </message>
    <message>
      <source>0: none; 1: optimizer state sharded; 2: + gradients; 3: + weights (Rajbhandari et al. 2020).</source>
      <translation>0：无；1：切分优化器状态；2：再加梯度；3：再加权重（Rajbhandari et al. 2020）。</translation>
    </message>
    <message>
      <source>Model FLOPs utilisation</source>
      <translation>模型算力利用率</translation>
    </message>
    <message>
      <source>Share of peak throughput that does useful model FLOPs; 38-43% for LLaMA 3 405B on H100 (Dubey et al. 2024).</source>
      <translation>峰值吞吐量中用于有效模型 FLOP 的比例；LLaMA 3 405B 在 H100 上为 38-43%（Dubey et al. 2024）。</translation>
    </message>
    <message>
      <source>Target training time</source>
      <translation>目标训练时间</translation>
    </message>
    <message>
      <source>For 'GPUs to finish in time'.</source>
      <translation>用于“按目标时间完成训练所需 GPU 数”。</translation>
    </message>
    <message>
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <source>GPU power / TDP</source>
      <translation>GPU 功耗 / TDP</translation>
    </message>
    <message>
      <source>Average draw as a share of TDP; 1.0 as Touvron et al. 2023 assume.</source>
      <translation>平均功耗占 TDP 的比例；按 Touvron et al. 2023 的假设取 1.0。</translation>
    </message>
    <message>
      <source>Datacentre PUE</source>
      <translation>数据中心 PUE</translation>
    </message>
    <message>
      <source>Facility energy / IT energy; 1.1 as in Patterson et al. 2021 and Touvron et al. 2023.</source>
      <translation>设施总能耗 / IT 设备能耗；按 Patterson et al. 2021 和 Touvron et al. 2023 取 1.1。</translation>
    </message>
    <message>
      <source>Grid region</source>
      <translation>电网区域</translation>
    </message>
    <message>
      <source>Carbon intensity of the electricity (resources/grid_regions.json).</source>
      <translation>电力的碳排放强度（resources/grid_regions.json）。</translation>
    </message>
    <message>
      <source>Carbon intensity</source>
      <translation>碳排放强度</translation>
    </message>
    <message>
      <source>kg CO2e per kWh; empty means the grid region's figure.</source>
      <translation>每 kWh 的 kg CO2e；留空表示使用电网区域的数值。</translation>
    </message>
    <message>
      <source>kg/kWh</source>
      <translation>kg/kWh</translation>
    </message>
    <message>
      <source>Electricity price</source>
      <translation>电价</translation>
    </message>
    <message>
      <source>USD per kWh; default: US industrial average 2023, 8.06 cents (EIA).</source>
      <translation>每 kWh 的 USD 价格；默认：2023 年美国工业用电均价，8.06 美分（EIA）。</translation>
    </message>
    <message>
      <source>USD/kWh</source>
      <translation>USD/kWh</translation>
    </message>
    <message>
      <source>GPU-hour price</source>
      <translation>GPU 小时价格</translation>
    </message>
    <message>
      <source>USD per GPU-hour rented; default: H100 on demand at specialist clouds, early 2026 ($2.49-3.99).</source>
      <translation>每租用 GPU 小时的 USD 价格；默认：2026 年初专业云平台按需 H100 价格（$2.49-3.99）。</translation>
    </message>
    <message>
      <source>USD/h</source>
      <translation>USD/h</translation>
    </message>
    <message>
      <source>Inference batch</source>
      <translation>推理批大小</translation>
    </message>
    <message>
      <source>Sequences served at once.</source>
      <translation>同时服务的序列数。</translation>
    </message>
    <message>
      <source>Inference context</source>
      <translation>推理上下文</translation>
    </message>
    <message>
      <source>Tokens of context per sequence; empty means the model's context length.</source>
      <translation>每条序列的上下文词元数；留空表示模型的上下文长度。</translation>
    </message>
    <message>
      <source>Inference weight precision</source>
      <translation>推理权重精度</translation>
    </message>
    <message>
      <source>How the weights are stored when serving.</source>
      <translation>推理服务时权重的存储方式。</translation>
    </message>
    <message>
      <source>KV-cache precision</source>
      <translation>KV 缓存精度</translation>
    </message>
    <message>
      <source>How cached keys and values are stored.</source>
      <translation>缓存的键和值的存储方式。</translation>
    </message>
    <message>
      <source>Runtime overhead</source>
      <translation>运行时开销</translation>
    </message>
    <message>
      <source>Per GPU: CUDA context, kernels and allocator slack (an assumption; the CUDA context alone is several hundred MiB).</source>
      <translation>每个 GPU：CUDA 上下文、内核和分配器余量（一个假设值；仅 CUDA 上下文就有几百 MiB）。</translation>
    </message>
    <message>
      <source>GiB</source>
      <translation>GiB</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>The accelerator's name, as the results and charts show it</source>
      <translation>加速器名称，结果和图表中显示此名称</translation>
    </message>
    <message>
      <source>Memory in GB (10^9 bytes)</source>
      <translation>显存容量，单位 GB（10^9 字节）</translation>
    </message>
    <message>
      <source>Memory bandwidth in GB/s</source>
      <translation>显存带宽，单位 GB/s</translation>
    </message>
    <message>
      <source>Dense BF16 throughput in TFLOP/s</source>
      <translation>稠密 BF16 吞吐量，单位 TFLOP/s</translation>
    </message>
    <message>
      <source>Dense FP8 throughput in TFLOP/s, if any</source>
      <translation>稠密 FP8 吞吐量，单位 TFLOP/s（如支持）</translation>
    </message>
    <message>
      <source>FP32 throughput in TFLOP/s (non-tensor), if known</source>
      <translation>FP32 吞吐量，单位 TFLOP/s（非张量核心，如已知）</translation>
    </message>
    <message>
      <source>Board power (TDP) in watts</source>
      <translation>板卡功耗（TDP），单位瓦</translation>
    </message>
    <message>
      <source>model</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>embeddings</source>
      <translation>嵌入</translation>
    </message>
    <message>
      <source>token embeddings</source>
      <translation>词元嵌入</translation>
    </message>
    <message>
      <source>position embeddings</source>
      <translation>位置嵌入</translation>
    </message>
    <message>
      <source>token-type embeddings</source>
      <translation>词元类型嵌入</translation>
    </message>
    <message>
      <source>embedding norm</source>
      <translation>嵌入归一化</translation>
    </message>
    <message>
      <source>encoder</source>
      <translation>编码器</translation>
    </message>
    <message>
      <source>layers</source>
      <translation>层</translation>
    </message>
    <message>
      <source>self-attention</source>
      <translation>自注意力</translation>
    </message>
    <message>
      <source>query</source>
      <translation>查询</translation>
    </message>
    <message>
      <source>key</source>
      <translation>键</translation>
    </message>
    <message>
      <source>value</source>
      <translation>值</translation>
    </message>
    <message>
      <source>output</source>
      <translation>输出</translation>
    </message>
    <message>
      <source>feed-forward</source>
      <translation>前馈网络</translation>
    </message>
    <message>
      <source>norms</source>
      <translation>归一化</translation>
    </message>
    <message>
      <source>pooler</source>
      <translation>池化层</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>参数</translation>
    </message>
    <message>
      <source>Total parameters</source>
      <translation>总参数量</translation>
    </message>
    <message>
      <source>Active parameters per token</source>
      <translation>每个词元的激活参数量</translation>
    </message>
    <message>
      <source>Sparse activation ratio</source>
      <translation>稀疏激活比例</translation>
    </message>
    <message>
      <source>Embedding parameters</source>
      <translation>嵌入参数量</translation>
    </message>
    <message>
      <source>Non-embedding parameters</source>
      <translation>非嵌入参数量</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>权重</translation>
    </message>
    <message>
      <source>Biases</source>
      <translation>偏置</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>存储</translation>
    </message>
    <message>
      <source>GB = 10^9 bytes; GiB = 2^30 bytes.</source>
      <translation>GB = 10^9 字节；GiB = 2^30 字节。</translation>
    </message>
    <message>
      <source>Weights in fp32</source>
      <translation>fp32 权重</translation>
    </message>
    <message>
      <source>Weights in bf16 / fp16</source>
      <translation>bf16 / fp16 权重</translation>
    </message>
    <message>
      <source>Weights in fp8</source>
      <translation>fp8 权重</translation>
    </message>
    <message>
      <source>Weights in int8</source>
      <translation>int8 权重</translation>
    </message>
    <message>
      <source>Weights in int4</source>
      <translation>int4 权重</translation>
    </message>
    <message>
      <source>Weights in GGUF Q8_0</source>
      <translation>GGUF Q8_0 权重</translation>
    </message>
    <message>
      <source>Weights in GGUF Q6_K</source>
      <translation>GGUF Q6_K 权重</translation>
    </message>
    <message>
      <source>Weights in GGUF Q5_K_M</source>
      <translation>GGUF Q5_K_M 权重</translation>
    </message>
    <message>
      <source>Weights in GGUF Q4_K_M</source>
      <translation>GGUF Q4_K_M 权重</translation>
    </message>
    <message>
      <source>Weights in GGUF Q3_K_M</source>
      <translation>GGUF Q3_K_M 权重</translation>
    </message>
    <message>
      <source>Weights in GGUF Q2_K</source>
      <translation>GGUF Q2_K 权重</translation>
    </message>
    <message>
      <source>bf16 weights on single-layer DVDs</source>
      <translation>bf16 权重需要的单层 DVD 光盘数</translation>
    </message>
    <message>
      <source>bf16 weights on dual-layer DVDs</source>
      <translation>bf16 权重需要的双层 DVD 光盘数</translation>
    </message>
    <message>
      <source>bf16 weights on Blu-ray discs</source>
      <translation>bf16 权重需要的蓝光光盘数</translation>
    </message>
    <message>
      <source>bf16 weights on 1 TB drives</source>
      <translation>bf16 权重需要的 1 TB 硬盘数</translation>
    </message>
    <message>
      <source>Checkpoint with optimizer state</source>
      <translation>含优化器状态的检查点</translation>
    </message>
    <message>
      <source>Memory</source>
      <translation>显存</translation>
    </message>
    <message>
      <source>Training: peak memory per GPU for one step (model states, activations, autocast weight copies, overhead) with the recipe set under Workload assumptions. Inference: one replica (weights, KV cache, workspace, overhead). A GPU holds its marketed GB (10^9 bytes). Checked against PyTorch measurements: see the last row.</source>
      <translation>训练：按“工作负载假设”中设定的方案，单步训练时每个 GPU 的峰值显存（模型状态、激活值、autocast 权重副本、开销）。推理：一个副本（权重、KV 缓存、工作空间、开销）。GPU 容量按标称 GB（10^9 字节）计。已与 PyTorch 实测值核对：见最后一行。</translation>
    </message>
    <message>
      <source>Inference: weights</source>
      <translation>推理：权重</translation>
    </message>
    <message>
      <source>Inference: KV cache</source>
      <translation>推理：KV 缓存</translation>
    </message>
    <message>
      <source>Inference: activation workspace</source>
      <translation>推理：激活工作空间</translation>
    </message>
    <message>
      <source>Inference: runtime overhead</source>
      <translation>推理：运行时开销</translation>
    </message>
    <message>
      <source>Inference memory</source>
      <translation>推理显存</translation>
    </message>
    <message>
      <source>Training: weights per GPU</source>
      <translation>训练：每个 GPU 的权重</translation>
    </message>
    <message>
      <source>Training: gradients per GPU</source>
      <translation>训练：每个 GPU 的梯度</translation>
    </message>
    <message>
      <source>Training: optimizer state per GPU</source>
      <translation>训练：每个 GPU 的优化器状态</translation>
    </message>
    <message>
      <source>Training: activations per GPU</source>
      <translation>训练：每个 GPU 的激活值</translation>
    </message>
    <message>
      <source>Training: output head and loss</source>
      <translation>训练：输出头和损失</translation>
    </message>
    <message>
      <source>Training: autocast weight copies</source>
      <translation>训练：autocast 权重副本</translation>
    </message>
    <message>
      <source>Training: runtime overhead</source>
      <translation>训练：运行时开销</translation>
    </message>
    <message>
      <source>Training memory per GPU (peak)</source>
      <translation>每个 GPU 的训练显存（峰值）</translation>
    </message>
    <message>
      <source>Rule of thumb: inference = 2 x weights</source>
      <translation>经验法则：推理 = 2 x 权重</translation>
    </message>
    <message>
      <source>Rule of thumb: training = 4 x weights</source>
      <translation>经验法则：训练 = 4 x 权重</translation>
    </message>
    <message>
      <source>Rule of thumb: 16 bytes per parameter (mixed-precision Adam)</source>
      <translation>经验法则：每个参数 16 字节（混合精度 Adam）</translation>
    </message>
    <message>
      <source>Longest context on one GPU</source>
      <translation>单个 GPU 可容纳的最长上下文</translation>
    </message>
    <message>
      <source>Largest batch on one GPU</source>
      <translation>单个 GPU 可容纳的最大批大小</translation>
    </message>
    <message>
      <source>Most precise weights that fit one GPU</source>
      <translation>单个 GPU 可容纳的最高权重精度</translation>
    </message>
    <message>
      <source>Worst error of these formulas in PyTorch measurements (training totals)</source>
      <translation>这些公式相对 PyTorch 实测值的最大误差（训练总量）</translation>
    </message>
    <message>
      <source>Compute</source>
      <translation>计算量</translation>
    </message>
    <message>
      <source>Forward FLOPs per token</source>
      <translation>每个词元的前向 FLOP</translation>
    </message>
    <message>
      <source>Training compute</source>
      <translation>训练计算量</translation>
    </message>
    <message>
      <source>GPU-hours</source>
      <translation>GPU 小时</translation>
    </message>
    <message>
      <source>Training time</source>
      <translation>训练时间</translation>
    </message>
    <message>
      <source>Prefill FLOPs (one batch)</source>
      <translation>预填充 FLOP（一个批次）</translation>
    </message>
    <message>
      <source>Decode FLOPs per new token</source>
      <translation>每个新词元的解码 FLOP</translation>
    </message>
    <message>
      <source>Decode speed (upper bound)</source>
      <translation>解码速度（上限）</translation>
    </message>
    <message>
      <source>GPUs</source>
      <translation>GPU</translation>
    </message>
    <message>
      <source>A GPU holds its marketed GB (10^9 bytes); its specifications are in the GPU catalog.</source>
      <translation>GPU 容量按标称 GB（10^9 字节）计；其规格见 GPU 目录。</translation>
    </message>
    <message>
      <source>GPUs just for the bf16 weights</source>
      <translation>仅存放 bf16 权重所需 GPU 数</translation>
    </message>
    <message>
      <source>GPUs to serve (one replica)</source>
      <translation>推理服务所需 GPU 数（一个副本）</translation>
    </message>
    <message>
      <source>GPUs to hold the training state</source>
      <translation>容纳训练状态所需 GPU 数</translation>
    </message>
    <message>
      <source>GPUs to train in the target time</source>
      <translation>按目标时间完成训练所需 GPU 数</translation>
    </message>
    <message>
      <source>Energy, CO2 and cost</source>
      <translation>能耗、碳排放与成本</translation>
    </message>
    <message>
      <source>Training energy</source>
      <translation>训练能耗</translation>
    </message>
    <message>
      <source>Training CO2</source>
      <translation>训练碳排放</translation>
    </message>
    <message>
      <source>Electricity cost</source>
      <translation>电费</translation>
    </message>
    <message>
      <source>GPU rental cost</source>
      <translation>GPU 租用成本</translation>
    </message>
    <message>
      <source>Equivalent household-years of electricity</source>
      <translation>相当于家庭用电的户年数</translation>
    </message>
    <message>
      <source>Inference energy per million tokens</source>
      <translation>每百万词元的推理能耗</translation>
    </message>
    <message>
      <source>Scaling laws</source>
      <translation>缩放定律</translation>
    </message>
    <message>
      <source>Losses in nats per token.</source>
      <translation>损失单位为奈特/词元。</translation>
    </message>
    <message>
      <source>Predicted loss, Kaplan et al. 2020</source>
      <translation>预测损失，Kaplan et al. 2020</translation>
    </message>
    <message>
      <source>Predicted loss, Chinchilla</source>
      <translation>预测损失，Chinchilla</translation>
    </message>
    <message>
      <source>Predicted loss, Chinchilla replication</source>
      <translation>预测损失，Chinchilla 复现</translation>
    </message>
    <message>
      <source>Tokens per parameter</source>
      <translation>每个参数的词元数</translation>
    </message>
    <message>
      <source>Compute-optimal size, same compute</source>
      <translation>相同计算量下的计算最优规模</translation>
    </message>
    <message>
      <source>Compute-optimal tokens, same compute</source>
      <translation>相同计算量下的计算最优词元数</translation>
    </message>
    <message>
      <source>Compute-optimal size (Chinchilla approach 3)</source>
      <translation>计算最优规模（Chinchilla 方法 3）</translation>
    </message>
    <message>
      <source>Weights in bf16</source>
      <translation>bf16 权重</translation>
    </message>
    <message>
      <source>Loss vs parameters</source>
      <translation>损失与参数量</translation>
    </message>
    <message>
      <source>Parameters (active per token)</source>
      <translation>参数量（每个词元的激活参数）</translation>
    </message>
    <message>
      <source>Predicted loss (nats/token)</source>
      <translation>预测损失（奈特/词元）</translation>
    </message>
    <message>
      <source>Each curve at the design's own training tokens. Kaplan's curve uses non-embedding parameters.</source>
      <translation>每条曲线取该设计自身的训练词元数。Kaplan 曲线使用非嵌入参数量。</translation>
    </message>
    <message>
      <source>Chinchilla (Hoffmann et al. 2022)</source>
      <translation>Chinchilla（Hoffmann et al. 2022）</translation>
    </message>
    <message>
      <source>Chinchilla replication (Besiroglu et al. 2024)</source>
      <translation>Chinchilla 复现（Besiroglu et al. 2024）</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020</source>
      <translation>Kaplan et al. 2020</translation>
    </message>
    <message>
      <source>This design (Chinchilla (Hoffmann et al. 2022))</source>
      <translation>本设计（Chinchilla（Hoffmann et al. 2022））</translation>
    </message>
    <message>
      <source>This design (Chinchilla replication (Besiroglu et al. 2024))</source>
      <translation>本设计（Chinchilla 复现（Besiroglu et al. 2024））</translation>
    </message>
    <message>
      <source>This design (Kaplan)</source>
      <translation>本设计（Kaplan）</translation>
    </message>
    <message>
      <source>Loss vs training compute</source>
      <translation>损失与训练计算量</translation>
    </message>
    <message>
      <source>Training compute (FLOP, 6ND)</source>
      <translation>训练计算量（FLOP，6ND）</translation>
    </message>
    <message>
      <source>Thin lines: models of fixed size trained longer (Chinchilla fit); bold: the best loss each law allows at each compute.</source>
      <translation>细线：固定规模的模型训练更久（Chinchilla 拟合）；粗线：各定律在每个计算量下允许的最低损失。</translation>
    </message>
    <message>
      <source>Compute-optimal frontier, Chinchilla (Hoffmann et al. 2022)</source>
      <translation>计算最优前沿，Chinchilla（Hoffmann et al. 2022）</translation>
    </message>
    <message>
      <source>Compute-optimal frontier, Chinchilla replication (Besiroglu et al. 2024)</source>
      <translation>计算最优前沿，Chinchilla 复现（Besiroglu et al. 2024）</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, L(C_min)</source>
      <translation>Kaplan et al. 2020，L(C_min)</translation>
    </message>
    <message>
      <source>100M parameters</source>
      <translation>1 亿参数</translation>
    </message>
    <message>
      <source>1B parameters</source>
      <translation>10 亿参数</translation>
    </message>
    <message>
      <source>10B parameters</source>
      <translation>100 亿参数</translation>
    </message>
    <message>
      <source>100B parameters</source>
      <translation>1000 亿参数</translation>
    </message>
    <message>
      <source>This design (Chinchilla)</source>
      <translation>本设计（Chinchilla）</translation>
    </message>
    <message>
      <source>Compute-optimal design, same compute (Besiroglu)</source>
      <translation>相同计算量下的计算最优设计（Besiroglu）</translation>
    </message>
    <message>
      <source>Iso-FLOP curves</source>
      <translation>等 FLOP 曲线</translation>
    </message>
    <message>
      <source>Each curve spends the same compute on models of different sizes (Besiroglu et al. 2024 fit).</source>
      <translation>每条曲线将相同的计算量用于不同规模的模型（Besiroglu et al. 2024 拟合）。</translation>
    </message>
    <message>
      <source>This design's compute</source>
      <translation>本设计的计算量</translation>
    </message>
    <message>
      <source>10 EFLOP</source>
      <translation>10 EFLOP</translation>
    </message>
    <message>
      <source>1 ZFLOP</source>
      <translation>1 ZFLOP</translation>
    </message>
    <message>
      <source>100 ZFLOP</source>
      <translation>100 ZFLOP</translation>
    </message>
    <message>
      <source>10 YFLOP</source>
      <translation>10 YFLOP</translation>
    </message>
    <message>
      <source>Minimum of each iso-FLOP curve</source>
      <translation>每条等 FLOP 曲线的最小值</translation>
    </message>
    <message>
      <source>This design</source>
      <translation>本设计</translation>
    </message>
    <message>
      <source>Training tokens vs parameters</source>
      <translation>训练词元数与参数量</translation>
    </message>
    <message>
      <source>Above the line: trained longer than compute-optimal (cheaper to serve); below: under-trained.</source>
      <translation>线上方：训练时间超过计算最优（推理服务更便宜）；线下方：训练不足。</translation>
    </message>
    <message>
      <source>20 tokens per parameter (Hoffmann et al. 2022)</source>
      <translation>每个参数 20 个词元（Hoffmann et al. 2022）</translation>
    </message>
    <message>
      <source>Compute-optimal, Chinchilla replication (Besiroglu et al. 2024)</source>
      <translation>计算最优，Chinchilla 复现（Besiroglu et al. 2024）</translation>
    </message>
    <message>
      <source>Compute-optimal, Chinchilla (Hoffmann et al. 2022)</source>
      <translation>计算最优，Chinchilla（Hoffmann et al. 2022）</translation>
    </message>
    <message>
      <source>decoder</source>
      <translation>解码器</translation>
    </message>
    <message>
      <source>cross-attention</source>
      <translation>交叉注意力</translation>
    </message>
    <message>
      <source>final norm</source>
      <translation>最终归一化</translation>
    </message>
    <message>
      <source>relative position bias</source>
      <translation>相对位置偏置</translation>
    </message>
    <message>
      <source>MoE layers</source>
      <translation>MoE 层</translation>
    </message>
    <message>
      <source>mixture of experts</source>
      <translation>混合专家</translation>
    </message>
    <message>
      <source>router</source>
      <translation>路由器</translation>
    </message>
    <message>
      <source>routed experts</source>
      <translation>路由专家</translation>
    </message>
    <message>
      <source>Losses in nats per token. MoE: the laws see the active parameters per token.</source>
      <translation>损失单位为奈特/词元。MoE：缩放定律使用每个词元的激活参数量。</translation>
    </message>
    <message>
      <source>output head</source>
      <translation>输出头</translation>
    </message>
    <message>
      <source>query down-projection</source>
      <translation>查询降维投影</translation>
    </message>
    <message>
      <source>query latent norm</source>
      <translation>查询潜在归一化</translation>
    </message>
    <message>
      <source>query up-projection</source>
      <translation>查询升维投影</translation>
    </message>
    <message>
      <source>key/value down-projection (+ rotary key)</source>
      <translation>键值降维投影（+ 旋转键）</translation>
    </message>
    <message>
      <source>key/value latent norm</source>
      <translation>键值潜在归一化</translation>
    </message>
    <message>
      <source>key/value up-projection</source>
      <translation>键值升维投影</translation>
    </message>
    <message>
      <source>shared experts</source>
      <translation>共享专家</translation>
    </message>
    <message>
      <source>shared-expert gate</source>
      <translation>共享专家门控</translation>
    </message>
    <message>
      <source>Training: peak memory per GPU for one step (model states, activations, autocast weight copies, overhead) with the recipe set under Workload assumptions. Inference: one replica (weights, KV cache, workspace, overhead). A GPU holds its marketed GB (10^9 bytes). This precision recipe follows ZeRO and Korthikanti et al. 2022 and was not measured: PyTorch has no CPU equivalent.</source>
      <translation>训练：按“工作负载假设”中设定的方案，单步训练时每个 GPU 的峰值显存（模型状态、激活值、autocast 权重副本、开销）。推理：一个副本（权重、KV 缓存、工作空间、开销）。GPU 容量按标称 GB（10^9 字节）计。此精度方案依据 ZeRO 和 Korthikanti et al. 2022，未经实测：PyTorch 没有对应的 CPU 实现。</translation>
    </message>
    <message>
      <source>The board power of this accelerator is not published, so energy, CO2 and electricity cost cannot be estimated; define a custom GPU with its power.</source>
      <translation>该加速器的板卡功耗未公开，因此无法估算能耗、碳排放和电费；请定义一个带功耗的自定义 GPU。</translation>
    </message>
  </context>
</TS>
