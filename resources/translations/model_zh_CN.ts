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
      <source>Query/key norm</source>
      <translation>查询/键归一化</translation>
    </message>
    <message>
      <source>A norm on queries and keys before attention: one weight vector per head size shared by all heads (Qwen3, Gemma 3), or over the full query and key width (OLMo 2, OLMoE, Command R+, MiniMax-M2).</source>
      <translation>注意力之前对查询和键做归一化：按头大小设一个所有头共享的权重向量（Qwen3、Gemma 3），或覆盖查询和键的全部宽度（OLMo 2、OLMoE、Command R+、MiniMax-M2）。</translation>
    </message>
    <message>
      <source>Query/key norm bias</source>
      <translation>查询/键归一化偏置</translation>
    </message>
    <message>
      <source>A LayerNorm query/key norm has a bias as well as a weight (Persimmon, Chameleon). StableLM's per-head LayerNorms and Command R's have none, whatever the other norms have.</source>
      <translation>LayerNorm 类型的查询/键归一化除权重外还有偏置（Persimmon、Chameleon）。StableLM 的逐头 LayerNorm 和 Command R 的都没有偏置，与其他归一化是否有偏置无关。</translation>
    </message>
    <message>
      <source>Attention sinks</source>
      <translation>注意力汇点（sink）</translation>
    </message>
    <message>
      <source>A learned logit per head that takes part in the softmax (gpt-oss): one number per head per layer.</source>
      <translation>每个头一个可学习的 logit，参与 softmax（gpt-oss）：每层每头一个数。</translation>
    </message>
    <message>
      <source>Sliding window</source>
      <translation>滑动窗口</translation>
    </message>
    <message>
      <source>Local layers attend only to this many recent tokens, which shrinks their key/value cache and attention FLOPs; no parameters. Empty: every layer sees the whole context. Llama 4's chunked attention is entered as a window of its chunk size, which bounds the cache the same way.</source>
      <translation>局部层只关注最近这么多个词元，从而缩小其键/值缓存和注意力 FLOP；不增加参数。留空：每层都看到完整上下文。Llama 4 的分块注意力按其块大小作为窗口填写，对缓存的限制相同。</translation>
    </message>
    <message>
      <source>Full-attention layer every</source>
      <translation>全注意力层间隔</translation>
    </message>
    <message>
      <source>With a sliding window: every n-th layer attends to the whole context (Gemma 2 and gpt-oss: 2, Gemma 3: 6, ModernBERT: 3); 0: every layer slides (Mistral 7B v0.1).</source>
      <translation>使用滑动窗口时：每第 n 层关注整个上下文（Gemma 2 和 gpt-oss：2，Gemma 3：6，ModernBERT：3）；0：每层都使用滑动窗口（Mistral 7B v0.1）。</translation>
    </message>
    <message>
      <source>Convolution after the first layer</source>
      <translation>第一层之后的卷积</translation>
    </message>
    <message>
      <source>DeBERTa-v2 xlarge and xxlarge: a convolution of this many taps over d_model channels, with a bias and a LayerNorm, added to the first layer's output (conv_kernel_size). 0: none.</source>
      <translation>DeBERTa-v2 XLarge 和 XXLarge：在 d_model 个通道上做这么多抽头的卷积，带偏置和一个 LayerNorm，加到第一层的输出上（conv_kernel_size）。0：无。</translation>
    </message>
    <message>
      <source>Norm before the first attention</source>
      <translation>第一个注意力之前的归一化</translation>
    </message>
    <message>
      <source>Off: the first block's attention reads the embedding norm's output without a norm of its own (ModernBERT).</source>
      <translation>关闭：第一个块的注意力直接读取嵌入归一化的输出，自身没有归一化（ModernBERT）。</translation>
    </message>
    <message>
      <source>Transient-global attention</source>
      <translation>瞬态全局注意力</translation>
    </message>
    <message>
      <source>LongT5's encoder attention: each layer adds a norm for the block summaries and the first adds a second relative bias table.</source>
      <translation>LongT5 编码器的注意力：每层为块摘要增加一个归一化，第一层再增加一张相对位置偏置表。</translation>
    </message>
    <message>
      <source>Attention output gate</source>
      <translation>注意力输出门控</translation>
    </message>
    <message>
      <source>A sigmoid gate on each head's output, computed by a second query-sized projection (Qwen3-Next): the query projection doubles.</source>
      <translation>每个头的输出上有一个 sigmoid 门控，由另一个与查询同尺寸的投影计算（Qwen3-Next）：查询投影的参数翻倍。</translation>
    </message>
    <message>
      <source>Linear-attention / convolution layers</source>
      <translation>线性注意力/卷积层</translation>
    </message>
    <message>
      <source>Hybrids: some blocks replace attention by linear attention or a short convolution with a fixed-size state (Qwen3-Next, LFM2); empty means every block has attention.</source>
      <translation>混合架构：部分块用线性注意力或带固定大小状态的短卷积替代注意力（Qwen3-Next、LFM2）；留空表示每个块都有注意力。</translation>
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
      <source>Plain (GELU, ReLU, squared ReLU: two matrices) or gated (SwiGLU, GeGLU: three matrices). 'GELU, tanh written out' is GPT-2's and Phi's gelu_new: the same count, but it keeps more activations in training. Squared ReLU (Nemotron; So et al. 2021, Primer) is ReLU(x)^2.</source>
      <translation>普通型（GELU、ReLU、平方 ReLU：两个矩阵）或门控型（SwiGLU、GeGLU：三个矩阵）。“GELU，展开写的 tanh 近似”是 GPT-2 和 Phi 的 gelu_new：参数量相同，但训练时保留更多激活值。平方 ReLU（Nemotron；So et al. 2021，Primer）即 ReLU(x)^2。</translation>
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
      <source>Learned table, sinusoidal, rotary (RoPE), ALiBi, T5 relative bias, DeBERTa relative embeddings, or none.</source>
      <translation>可学习的位置表、正弦、旋转（RoPE）、ALiBi、T5 相对位置偏置、DeBERTa 相对位置嵌入，或无。</translation>
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
      <source>T5 relative bias: buckets x heads, learned in the first layer of each stack. DeBERTa relative embeddings: 2 x buckets rows of d_model, with a norm, shared by the encoder's layers.</source>
      <translation>T5 相对位置偏置：分桶数 × 头数，在每个堆栈的第一层中学习。DeBERTa 相对位置嵌入：2 × 分桶数行、每行 d_model 宽，带一个归一化，由编码器各层共享。</translation>
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
      <source>Embeddings narrower than d_model. Decoders project the token embeddings in and out without biases (OPT-350m: 512); encoders keep all embeddings and their norm at this width and project in once, with a bias (ELECTRA, ALBERT: 128).</source>
      <translation>比 d_model 窄的嵌入。解码器对词元嵌入做无偏置的输入和输出投影（OPT-350m：512）；编码器的所有嵌入及其归一化都保持这个宽度，再带偏置地投影一次（ELECTRA、ALBERT：128）。</translation>
    </message>
    <message>
      <source>Multi-token-prediction modules</source>
      <translation>多词元预测模块</translation>
    </message>
    <message>
      <source>Extra modules that predict further tokens in training, which the released checkpoint holds (DeepSeek-V3, GLM-4.5: 1): each is one more block, an input projection and three norms. Shown apart; never active.</source>
      <translation>训练时预测后续词元的额外模块，发布的检查点中包含它们（DeepSeek-V3、GLM-4.5：1 个）：每个模块是多一个块、一个输入投影和三个归一化。单独显示；从不计入激活参数。</translation>
    </message>
    <message>
      <source>Count MTP modules in the total</source>
      <translation>把 MTP 模块计入总数</translation>
    </message>
    <message>
      <source>Off: the total is the model as transformers builds it and model cards headline it (DeepSeek-V3: 671.0B). On: with the modules' own parameters (+11.6B); the checkpoint's 685B also stores the embedding and output head again for them.</source>
      <translation>关闭：总数是 transformers 构建、模型卡标称的模型（DeepSeek-V3：6710 亿）。打开：加上这些模块自身的参数（+116 亿）；检查点的 6850 亿还为它们再存了一份嵌入和输出头。</translation>
    </message>
    <message>
      <source>MTP modules store the embedding and head</source>
      <translation>MTP 模块另存嵌入和输出头</translation>
    </message>
    <message>
      <source>The released checkpoint keeps its own copy of the token embedding and the output head with each module (DeepSeek-V3, GLM-4.5: embed_tokens and shared_head.head of the extra layer); Qwen3-Next's module uses the model's. Only in the checkpoint's sum, never in the total.</source>
      <translation>发布的检查点为每个模块另存一份词元嵌入和输出头（DeepSeek-V3、GLM-4.5：额外那一层的 embed_tokens 和 shared_head 输出头）；Qwen3-Next 的模块使用模型本身的。只计入检查点的合计，从不计入总数。</translation>
    </message>
    <message>
      <source>Vision tower and projector</source>
      <translation>视觉塔与投影器</translation>
    </message>
    <message>
      <source>Parameters of a multimodal release's image encoder and projector (Gemma 3: 417M SigLIP + projector), counted exactly when its config.json is imported; shown apart, never in the total or active.</source>
      <translation>多模态发布版本中图像编码器和投影器的参数（Gemma 3：4.17 亿 SigLIP + 投影器），导入其 config.json 时精确计数；单独显示，不计入总参数量或激活参数量。</translation>
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
      <source>Other dense layers</source>
      <translation>其他稠密层</translation>
    </message>
    <message>
      <source>Layers (counted from 0) that keep a dense FFN besides the pattern above, e.g. 0, 7 or 10-12 (Qwen2-MoE's mlp_only_layers). Empty: none.</source>
      <translation>除上述规律外仍保留稠密 FFN 的层（从 0 起计），例如 0, 7 或 10-12（Qwen2-MoE 的 mlp_only_layers）。留空：无。</translation>
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
      <source>Expert score correction as a parameter</source>
      <translation>专家分数校正（作为参数）</translation>
    </message>
    <message>
      <source>A per-expert bias added to the routing scores, stored as a parameter (ERNIE 4.5). DeepSeek-V3 and GLM-4.5 keep theirs as a buffer, which is not a parameter: leave this off for them.</source>
      <translation>加到路由分数上的每专家偏置，作为参数保存（ERNIE 4.5）。DeepSeek-V3 和 GLM-4.5 把它保存为缓冲区，不算参数：对它们请关闭此项。</translation>
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
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Gated DeltaNet linear attention (Qwen3-Next) or a gated short convolution (LFM2).</source>
      <translation>门控 DeltaNet 线性注意力（Qwen3-Next）或门控短卷积（LFM2）。</translation>
    </message>
    <message>
      <source>Layers of this kind</source>
      <translation>此类型的层数</translation>
    </message>
    <message>
      <source>How many blocks use this mixer instead of attention.</source>
      <translation>有多少个块用这种混合器代替注意力。</translation>
    </message>
    <message>
      <source>Key heads</source>
      <translation>键头数</translation>
    </message>
    <message>
      <source>Gated DeltaNet: query/key heads.</source>
      <translation>门控 DeltaNet：查询/键头数。</translation>
    </message>
    <message>
      <source>Value heads</source>
      <translation>值头数</translation>
    </message>
    <message>
      <source>Gated DeltaNet: value heads (each keeps a state).</source>
      <translation>门控 DeltaNet：值头数（每个头保存一个状态）。</translation>
    </message>
    <message>
      <source>Key head size</source>
      <translation>键头维度</translation>
    </message>
    <message>
      <source>Gated DeltaNet: width of one query/key head.</source>
      <translation>门控 DeltaNet：单个查询/键头的宽度。</translation>
    </message>
    <message>
      <source>Gated DeltaNet: width of one value head.</source>
      <translation>门控 DeltaNet：单个值头的宽度。</translation>
    </message>
    <message>
      <source>Convolution width</source>
      <translation>卷积宽度</translation>
    </message>
    <message>
      <source>Taps of the causal depthwise convolution (Qwen3-Next: 4, LFM2: 3).</source>
      <translation>因果深度卷积的抽头数（Qwen3-Next：4，LFM2：3）。</translation>
    </message>
    <message>
      <source>Convolution biases</source>
      <translation>卷积偏置</translation>
    </message>
    <message>
      <source>Short convolution: its projections and convolution have biases.</source>
      <translation>短卷积：其投影和卷积带偏置。</translation>
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
      <source>Tokens per training sequence; empty means a pre-training length: the context length, at most 4,096 (LLaMA 2 and DeepSeek-V3 pre-train at 4K and extend the context afterwards).</source>
      <translation>每条训练序列的词元数；留空表示预训练长度：上下文长度，最多 4,096（LLaMA 2 和 DeepSeek-V3 以 4K 预训练，之后再扩展上下文）。</translation>
    </message>
    <message>
      <source>Global batch</source>
      <translation>全局批大小</translation>
    </message>
    <message>
      <source>Tokens per optimizer step over all GPUs; empty means GPT-3's batch for a model of this size (Brown et al. 2020, table 2.1: 0.5M tokens at 125M parameters up to 3.2M at 175B).</source>
      <translation>所有 GPU 上每个优化器步的词元数；留空表示采用 GPT-3 对同等规模模型的批大小（Brown et al. 2020，表 2.1：1.25 亿参数时 50 万词元，直至 1750 亿参数时 320 万）。</translation>
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
      <source>Empty: the fewest GPUs whose best layout finishes within the target time.</source>
      <translation>留空：最优布局能在目标时间内完成训练的最少 GPU 数。</translation>
    </message>
    <message>
      <source>Target training time</source>
      <translation>目标训练时间</translation>
    </message>
    <message>
      <source>Used when the GPU count is empty: the planner finds the fewest GPUs that finish in time.</source>
      <translation>GPU 数留空时使用：规划器寻找能按时完成的最少 GPU 数。</translation>
    </message>
    <message>
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <source>GPUs per node</source>
      <translation>每节点 GPU 数</translation>
    </message>
    <message>
      <source>GPUs joined by the fast intra-node link (NVLink: 8 in an HGX server, 72 in a GB200 NVL72 rack); empty means the GPU catalog's figure.</source>
      <translation>由高速节点内互联连接的 GPU 数（NVLink：HGX 服务器为 8，GB200 NVL72 机柜为 72）；留空表示采用 GPU 目录中的数值。</translation>
    </message>
    <message>
      <source>Network per GPU</source>
      <translation>每 GPU 网络带宽</translation>
    </message>
    <message>
      <source>Scale-out bandwidth between nodes per GPU, Gbit/s (InfiniBand or RoCE: 400 for an H100 with ConnectX-7); empty means the GPU catalog's figure.</source>
      <translation>每个 GPU 的节点间横向扩展带宽，Gbit/s（InfiniBand 或 RoCE：配 ConnectX-7 的 H100 为 400）；留空表示采用 GPU 目录中的数值。</translation>
    </message>
    <message>
      <source>Gbit/s</source>
      <translation>Gbit/s</translation>
    </message>
    <message>
      <source>Parallel layout</source>
      <translation>并行布局</translation>
    </message>
    <message>
      <source>Auto: the planner searches the layouts that fit and picks the fastest, keeping any value you set; manual: exactly the values below (empty ones take their simplest setting).</source>
      <translation>自动：规划器搜索放得下的布局并选出最快的一个，保留你设定的任何值；手动：严格使用下面的值（留空的取最简单的设置）。</translation>
    </message>
    <message>
      <source>Tensor parallel</source>
      <translation>张量并行</translation>
    </message>
    <message>
      <source>GPUs that split each layer's matrices (Megatron-LM); must divide the attention and KV heads.</source>
      <translation>拆分每层矩阵的 GPU 数（Megatron-LM）；必须整除注意力头数和 KV 头数。</translation>
    </message>
    <message>
      <source>Sequence parallelism</source>
      <translation>序列并行</translation>
    </message>
    <message>
      <source>With tensor parallelism, split the norm and dropout activations too (Korthikanti et al. 2022).</source>
      <translation>配合张量并行，把归一化和 dropout 的激活值也拆分开（Korthikanti et al. 2022）。</translation>
    </message>
    <message>
      <source>Pipeline parallel</source>
      <translation>流水线并行</translation>
    </message>
    <message>
      <source>Stages the layers are split into, one group of GPUs each (1F1B schedule).</source>
      <translation>模型层被切分成的流水线阶段数，每个阶段一组 GPU（1F1B 调度）。</translation>
    </message>
    <message>
      <source>Virtual pipeline stages</source>
      <translation>虚拟流水线阶段</translation>
    </message>
    <message>
      <source>Layer chunks per pipeline GPU (interleaved 1F1B, Narayanan et al. 2021): a smaller bubble.</source>
      <translation>每个流水线 GPU 上的层块数（交错 1F1B，Narayanan et al. 2021）：气泡更小。</translation>
    </message>
    <message>
      <source>Context parallel</source>
      <translation>上下文并行</translation>
    </message>
    <message>
      <source>GPUs that split each sequence, exchanging keys and values in a ring.</source>
      <translation>拆分每条序列的 GPU 数，键和值在环上交换。</translation>
    </message>
    <message>
      <source>Expert parallel</source>
      <translation>专家并行</translation>
    </message>
    <message>
      <source>MoE: GPUs of the data-parallel group that split the experts; must divide the routed experts.</source>
      <translation>MoE：数据并行组中拆分专家的 GPU 数；必须整除路由专家数。</translation>
    </message>
    <message>
      <source>ZeRO stage</source>
      <translation>ZeRO 阶段</translation>
    </message>
    <message>
      <source>Sharding over the data-parallel GPUs. 0: none; 1: optimizer state; 2: + gradients; 3: + weights (FSDP) (Rajbhandari et al. 2020).</source>
      <translation>在数据并行 GPU 间分片。0：不分片；1：优化器状态；2：+ 梯度；3：+ 权重（FSDP）（Rajbhandari et al. 2020）。</translation>
    </message>
    <message>
      <source>Micro-batch</source>
      <translation>微批大小</translation>
    </message>
    <message>
      <source>Sequences each GPU group holds in one forward and backward pass.</source>
      <translation>每组 GPU 在一次前向和反向传播中处理的序列数。</translation>
    </message>
    <message>
      <source>Activation recomputation</source>
      <translation>激活重计算</translation>
    </message>
    <message>
      <source>None; selective (attention scores recomputed); full (only each layer's input kept); auto: the planner chooses.</source>
      <translation>无；选择性（重算注意力分数）；完全（只保留每层的输入）；自动：由规划器选择。</translation>
    </message>
    <message>
      <source>Overlap expert all-to-all</source>
      <translation>专家 all-to-all 通信重叠</translation>
    </message>
    <message>
      <source>MoE: hide the expert dispatch and combine behind computation (DeepSeek-V3's DualPipe); off: Megatron-LM's default dispatcher waits for them.</source>
      <translation>MoE：让专家的分发与合并通信藏在计算之后（DeepSeek-V3 的 DualPipe）；关闭：Megatron-LM 默认的分发器会等待通信完成。</translation>
    </message>
    <message>
      <source>Expert dispatch</source>
      <translation>专家分发方式</translation>
    </message>
    <message>
      <source>MoE across nodes: all-to-all sends a token to each of its experts (Megatron-LM's default dispatcher); per node sends it over the network once to each node holding one of its experts, which forwards it over NVLink (DeepSeek-V3's DeepEP, section 3.2.2).</source>
      <translation>跨节点的 MoE：全对全方式把一个词元分别发给它的每个专家（Megatron-LM 的默认分发器）；按节点方式只经网络向每个持有其专家的节点发送一次，再由该节点通过 NVLink 转发（DeepSeek-V3 的 DeepEP，第 3.2.2 节）。</translation>
    </message>
    <message>
      <source>Effective training time</source>
      <translation>有效训练时间</translation>
    </message>
    <message>
      <source>Share of the wall-clock time spent training rather than recovering from failures, restarting and checkpointing (Llama 3 405B: more than 90%, Dubey et al. 2024, section 3.3.4).</source>
      <translation>真正用于训练、而非故障恢复、重启和保存检查点的时间占比（Llama 3 405B：超过 90%，Dubey et al. 2024，第 3.3.4 节）。</translation>
    </message>
    <message>
      <source>Model FLOPs utilisation</source>
      <translation>模型算力利用率</translation>
    </message>
    <message>
      <source>Empty: derived from the step time of the layout. Set it to use your cluster's measured MFU instead.</source>
      <translation>留空：由布局的单步时间推算。填写后改用你的集群实测的 MFU。</translation>
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
      <source>Concurrent requests</source>
      <translation>并发请求数</translation>
    </message>
    <message>
      <source>Requests the server decodes at once (the batch); formerly 'inference batch'.</source>
      <translation>服务器同时解码的请求数（即批大小）；原名“推理批大小”。</translation>
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
      <source>Weight format</source>
      <translation>权重格式</translation>
    </message>
    <message>
      <source>How the weights are stored when serving: 16-bit, fp8, int8, GPTQ/AWQ int4 or int3 with group scales, bitsandbytes NF4 with double quantisation, or a llama.cpp GGUF type.</source>
      <translation>推理时权重的存储方式：16 位、fp8、int8、带分组缩放的 GPTQ/AWQ int4 或 int3、带双重量化的 bitsandbytes NF4，或 llama.cpp 的 GGUF 类型。</translation>
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
      <source>Serving GPU</source>
      <translation>推理 GPU</translation>
    </message>
    <message>
      <source>Accelerator that serves the model, chosen apart from the training GPU (catalog).</source>
      <translation>部署模型所用的加速器，与训练 GPU 分开选择（目录）。</translation>
    </message>
    <message>
      <source>Serving GPUs</source>
      <translation>推理 GPU 数</translation>
    </message>
    <message>
      <source>GPUs of one serving deployment: tensor x pipeline x expert parallel x replicas.</source>
      <translation>一个推理部署的 GPU 数：张量并行 × 流水线并行 × 专家并行 × 副本数。</translation>
    </message>
    <message>
      <source>Serving tensor parallel</source>
      <translation>推理张量并行</translation>
    </message>
    <message>
      <source>GPUs that split each layer (vLLM --tensor-parallel-size); empty means all serving GPUs / pipeline.</source>
      <translation>切分每一层的 GPU 数（vLLM --tensor-parallel-size）；留空表示全部推理 GPU / 流水线并行度。</translation>
    </message>
    <message>
      <source>Serving pipeline parallel</source>
      <translation>推理流水线并行</translation>
    </message>
    <message>
      <source>Stages that split the layers, for multi-node serving (vLLM --pipeline-parallel-size).</source>
      <translation>按层切分的阶段数，用于多节点推理（vLLM --pipeline-parallel-size）。</translation>
    </message>
    <message>
      <source>Serving expert parallel</source>
      <translation>推理专家并行</translation>
    </message>
    <message>
      <source>MoE: attention groups (tensor x pipeline GPUs each, with their own requests and KV cache) that share the routed experts (vLLM --data-parallel-size with --enable-expert-parallel); empty means 1.</source>
      <translation>MoE：共享路由专家的注意力组数（每组为张量并行 × 流水线并行个 GPU，各自处理自己的请求、持有自己的 KV 缓存；vLLM --data-parallel-size 配合 --enable-expert-parallel）；留空表示 1。</translation>
    </message>
    <message>
      <source>Quantisation group size</source>
      <translation>量化分组大小</translation>
    </message>
    <message>
      <source>Weights per scale (and zero point) in GPTQ/AWQ formats; 128 is the common default.</source>
      <translation>GPTQ/AWQ 格式中每个缩放因子（及零点）对应的权重数；常用默认值为 128。</translation>
    </message>
    <message>
      <source>Quantise embeddings and head</source>
      <translation>量化嵌入层和输出头</translation>
    </message>
    <message>
      <source>GPTQ, AWQ, NF4, fp8 and int8 checkpoints keep the embeddings and the output head in 16 bits by default.</source>
      <translation>GPTQ、AWQ、NF4、fp8 和 int8 检查点默认将嵌入层和输出头保留为 16 位。</translation>
    </message>
    <message>
      <source>GPU memory utilisation</source>
      <translation>GPU 显存利用率</translation>
    </message>
    <message>
      <source>Share of GPU memory the server may use (vLLM gpu_memory_utilization, default 0.9).</source>
      <translation>推理服务可使用的 GPU 显存比例（vLLM gpu_memory_utilization，默认 0.9）。</translation>
    </message>
    <message>
      <source>Prefill chunk</source>
      <translation>预填充分块</translation>
    </message>
    <message>
      <source>Tokens prefilled in one step (vLLM max_num_batched_tokens with chunked prefill; SGLang chunked_prefill_size 8192).</source>
      <translation>一步预填充的 token 数（分块预填充时的 vLLM max_num_batched_tokens；SGLang chunked_prefill_size 为 8192）。</translation>
    </message>
    <message>
      <source>Prompt tokens</source>
      <translation>提示词 token 数</translation>
    </message>
    <message>
      <source>Input tokens per request.</source>
      <translation>每个请求的输入 token 数。</translation>
    </message>
    <message>
      <source>Output tokens</source>
      <translation>输出 token 数</translation>
    </message>
    <message>
      <source>Generated tokens per request.</source>
      <translation>每个请求生成的 token 数。</translation>
    </message>
    <message>
      <source>Matrix-multiply efficiency</source>
      <translation>矩阵乘法效率</translation>
    </message>
    <message>
      <source>Share of peak FLOP/s prefill and large-batch decode reach; empty means the chip generation's measured figure (resources/gpus.json).</source>
      <translation>预填充和大批量解码达到的峰值 FLOP/s 比例；留空表示使用该芯片代际的实测值（resources/gpus.json）。</translation>
    </message>
    <message>
      <source>Fine-tuning method</source>
      <translation>微调方法</translation>
    </message>
    <message>
      <source>full; LoRA adapters; QLoRA (NF4 base + LoRA); freeze (only the last layers train).</source>
      <translation>全参数；LoRA 适配器；QLoRA（NF4 基座 + LoRA）；冻结（只训练最后几层）。</translation>
    </message>
    <message>
      <source>Fine-tuning GPU</source>
      <translation>微调 GPU</translation>
    </message>
    <message>
      <source>Accelerator for fine-tuning, chosen apart from the training GPU (catalog).</source>
      <translation>微调所用的加速器，与训练 GPU 分开选择（目录）。</translation>
    </message>
    <message>
      <source>LoRA rank</source>
      <translation>LoRA 秩</translation>
    </message>
    <message>
      <source>r: each adapted matrix W (d_out x d_in) gains B (d_out x r) and A (r x d_in).</source>
      <translation>r：每个被适配的矩阵 W（d_out × d_in）增加 B（d_out × r）和 A（r × d_in）。</translation>
    </message>
    <message>
      <source>LoRA targets</source>
      <translation>LoRA 目标模块</translation>
    </message>
    <message>
      <source>q and v projections; all attention projections; the MLP; all linear layers but the output head (peft 'all-linear').</source>
      <translation>q 和 v 投影；全部注意力投影；MLP；除输出头外的全部线性层（peft 的 “all-linear”）。</translation>
    </message>
    <message>
      <source>LoRA on routed experts</source>
      <translation>对路由专家使用 LoRA</translation>
    </message>
    <message>
      <source>MoE: also adapt the routed experts and the router. peft's 'all-linear' reaches only nn.Linear layers, and transformers 5 fuses the experts into 3-D tensors, so by default they stay frozen; for Mixtral peft 0.21 maps them onto the fused tensors (gate and up together at rank 2r), which this counts.</source>
      <translation>MoE：同时适配路由专家和路由器。peft 的 “all-linear” 只作用于 nn.Linear 层，而 transformers 5 把专家融合成三维张量，因此默认它们保持冻结；对 Mixtral，peft 0.21 会把它们映射到融合张量上（gate 和 up 合并，秩为 2r），此项按此计数。</translation>
    </message>
    <message>
      <source>LoRA variant</source>
      <translation>LoRA 变体</translation>
    </message>
    <message>
      <source>DoRA adds a trainable magnitude per output row of each adapted matrix.</source>
      <translation>DoRA 为每个被适配矩阵的每个输出行增加一个可训练的幅度参数。</translation>
    </message>
    <message>
      <source>Train embeddings and head</source>
      <translation>训练嵌入层和输出头</translation>
    </message>
    <message>
      <source>Embeddings and output head fully trained (peft modules_to_save: a trainable copy of each).</source>
      <translation>嵌入层和输出头全参数训练（peft modules_to_save：各保存一份可训练副本）。</translation>
    </message>
    <message>
      <source>Gradient checkpointing</source>
      <translation>梯度检查点</translation>
    </message>
    <message>
      <source>Keep only each layer's input and recompute the rest in backward.</source>
      <translation>只保存每层的输入，其余在反向传播时重算。</translation>
    </message>
    <message>
      <source>Fine-tuning optimizer</source>
      <translation>微调优化器</translation>
    </message>
    <message>
      <source>AdamW (fp32 moments); bitsandbytes 8-bit AdamW; paged 8-bit AdamW.</source>
      <translation>AdamW（fp32 动量）；bitsandbytes 8 位 AdamW；分页 8 位 AdamW。</translation>
    </message>
    <message>
      <source>Trainable layers (freeze)</source>
      <translation>可训练层数（冻结）</translation>
    </message>
    <message>
      <source>The last layers trained when freezing (LLaMA-Factory freeze_trainable_layers, default 2).</source>
      <translation>冻结微调时训练的最后几层（LLaMA-Factory freeze_trainable_layers，默认 2）。</translation>
    </message>
    <message>
      <source>Fine-tuning batch</source>
      <translation>微调批大小</translation>
    </message>
    <message>
      <source>Sequences per GPU in one step.</source>
      <translation>每个 GPU 每步处理的序列数。</translation>
    </message>
    <message>
      <source>Fine-tuning sequence length</source>
      <translation>微调序列长度</translation>
    </message>
    <message>
      <source>Tokens per fine-tuning sequence.</source>
      <translation>每条微调序列的 token 数。</translation>
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
      <source>Chip generation: sets the achievable share of peak (resources/gpus.json, generations)</source>
      <translation>芯片代际：决定可达到的峰值比例（resources/gpus.json 中的 generations）</translation>
    </message>
    <message>
      <source>GPUs joined by the fast intra-node link</source>
      <translation>由高速节点内互联连接的 GPU 数</translation>
    </message>
    <message>
      <source>Intra-node link bandwidth per GPU, GB/s in one direction</source>
      <translation>每个 GPU 的节点内互联带宽，单向 GB/s</translation>
    </message>
    <message>
      <source>Network bandwidth between nodes per GPU, Gbit/s</source>
      <translation>每个 GPU 的节点间网络带宽，Gbit/s</translation>
    </message>
    <message>
      <source>World average</source>
      <translation>全球平均</translation>
    </message>
    <message>
      <source>China</source>
      <translation>中国</translation>
    </message>
    <message>
      <source>United States (national average)</source>
      <translation>美国（全国平均）</translation>
    </message>
    <message>
      <source>European Union (EU-27)</source>
      <translation>欧盟（27 国）</translation>
    </message>
    <message>
      <source>France</source>
      <translation>法国</translation>
    </message>
    <message>
      <source>Germany</source>
      <translation>德国</translation>
    </message>
    <message>
      <source>United Kingdom</source>
      <translation>英国</translation>
    </message>
    <message>
      <source>India</source>
      <translation>印度</translation>
    </message>
    <message>
      <source>Japan</source>
      <translation>日本</translation>
    </message>
    <message>
      <source>Canada (national)</source>
      <translation>加拿大（全国）</translation>
    </message>
    <message>
      <source>Norway (hydro-heavy)</source>
      <translation>挪威（以水电为主）</translation>
    </message>
    <message>
      <source>Sweden (hydro + nuclear)</source>
      <translation>瑞典（水电 + 核电）</translation>
    </message>
    <message>
      <source>Iceland (hydro + geothermal)</source>
      <translation>冰岛（水电 + 地热）</translation>
    </message>
    <message>
      <source>Patterson 2021 (GPT-3 datacentre)</source>
      <translation>Patterson 2021（GPT-3 数据中心）</translation>
    </message>
    <message>
      <source>Touvron 2023 LLaMA (US national average)</source>
      <translation>Touvron 2023 LLaMA（美国全国平均）</translation>
    </message>
    <message>
      <source>Llama 2 paper (implied factor)</source>
      <translation>Llama 2 论文（推算出的系数）</translation>
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
      <source>Training: peak memory per GPU for one step (model states, activations, autocast weight copies, overhead) with the recipe set under Workload assumptions. Serving: one GPU of the serving setup (see Serving). A GPU holds its marketed GB (10^9 bytes). Checked against PyTorch measurements: see the last row.</source>
      <translation>训练：按“工作负载假设”中的配方，每个 GPU 一步的峰值显存（模型状态、激活值、autocast 权重副本、额外开销）。推理：推理部署中的一个 GPU（见“推理服务”）。GPU 容量按标称 GB（10^9 字节）计。已与 PyTorch 实测对照：见最后一行。</translation>
    </message>
    <message>
      <source>Serving: weights per GPU</source>
      <translation>推理：每 GPU 权重</translation>
    </message>
    <message>
      <source>Serving: prefill-chunk workspace per GPU</source>
      <translation>推理：每 GPU 预填充分块工作区</translation>
    </message>
    <message>
      <source>Serving: runtime overhead</source>
      <translation>推理：运行时开销</translation>
    </message>
    <message>
      <source>Serving memory per GPU</source>
      <translation>每 GPU 推理显存</translation>
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
      <source>Training: runtime overhead</source>
      <translation>训练：运行时开销</translation>
    </message>
    <message>
      <source>Training memory per GPU (peak)</source>
      <translation>每个 GPU 的训练显存（峰值）</translation>
    </message>
    <message>
      <source>Rule of thumb: inference = 2 x bf16 weights</source>
      <translation>经验法则：推理 = 2 × bf16 权重</translation>
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
      <source>Model FLOPs utilisation (MFU)</source>
      <translation>模型 FLOP 利用率（MFU）</translation>
    </message>
    <message>
      <source>Prefill FLOPs (one prompt)</source>
      <translation>预填充 FLOPs（一个提示词）</translation>
    </message>
    <message>
      <source>Decode FLOPs per new token</source>
      <translation>每个新词元的解码 FLOP</translation>
    </message>
    <message>
      <source>Training plan</source>
      <translation>训练方案</translation>
    </message>
    <message>
      <source>The layout the planner chose, the memory of its busiest GPU and the terms of one training step. Checked against 85 published layouts: 84 predicted to fit where they ran; step time within 15% for 60, median error 9%, worst 35% (bench/published_runs.py).</source>
      <translation>规划器选出的布局、其中最繁忙 GPU 的显存，以及一个训练步各部分的耗时。已与 85 个已发表的布局核对：其中 84 个被预测为可放下（与实际运行一致）；60 个的单步时间误差在 15% 以内，误差中位数 9%，最大 35%（bench/published_runs.py）。</translation>
    </message>
    <message>
      <source>GPUs</source>
      <translation>GPU</translation>
    </message>
    <message>
      <source>Data parallel</source>
      <translation>数据并行</translation>
    </message>
    <message>
      <source>Memory per GPU (busiest)</source>
      <translation>每 GPU 显存（最繁忙者）</translation>
    </message>
    <message>
      <source>Step time</source>
      <translation>单步时间</translation>
    </message>
    <message>
      <source>Tokens per second</source>
      <translation>每秒词元数</translation>
    </message>
    <message>
      <source>MFU</source>
      <translation>MFU</translation>
    </message>
    <message>
      <source>HFU (with recomputation)</source>
      <translation>HFU（含重算）</translation>
    </message>
    <message>
      <source>Next best layout</source>
      <translation>次优布局</translation>
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
      <source>Serving</source>
      <translation>推理服务</translation>
    </message>
    <message>
      <source>An encoder-only model reads its whole input at once and generates nothing: no KV cache, no output tokens. The time and cost here are for encoding requests of the prompt length set under Serving.</source>
      <translation>仅编码器模型一次读入全部输入、不生成任何内容：没有 KV 缓存，也没有输出词元。这里的时间和成本是按“推理服务”中设定的提示长度编码请求得出的。</translation>
    </message>
    <message>
      <source>Memory per GPU</source>
      <translation>每 GPU 显存</translation>
    </message>
    <message>
      <source>Time to encode one request</source>
      <translation>编码一个请求的时间</translation>
    </message>
    <message>
      <source>Cost per million input tokens</source>
      <translation>每百万输入 token 成本</translation>
    </message>
    <message>
      <source>Most precise weights that fit</source>
      <translation>能放下的最高精度权重</translation>
    </message>
    <message>
      <source>Fine-tuning</source>
      <translation>微调</translation>
    </message>
    <message>
      <source>One GPU, one step. Assumed: peft defaults (fp32 adapters, lora_dropout 0), LoRA on a bf16 base, QLoRA with prepare_model_for_kbit_training (the rest of the model in fp32); 'all_linear' is peft's 'all-linear': every linear layer but the output head; in transformers 5 the routed MoE experts are fused tensors it does not reach, unless 'LoRA on routed experts' is on.</source>
      <translation>单 GPU、单步。假设：peft 默认设置（适配器为 fp32，lora_dropout 为 0），LoRA 基座为 bf16，QLoRA 使用 prepare_model_for_kbit_training（模型其余部分为 fp32）；“all_linear” 即 peft 的 “all-linear”：除输出头外的全部线性层；在 transformers 5 中，MoE 的路由专家是融合张量，它不会作用到，除非打开“对路由专家使用 LoRA”。</translation>
    </message>
    <message>
      <source>Trainable parameters</source>
      <translation>可训练参数</translation>
    </message>
    <message>
      <source>Frozen base weights</source>
      <translation>冻结的基座权重</translation>
    </message>
    <message>
      <source>Trained adapters and copies</source>
      <translation>训练的适配器和副本</translation>
    </message>
    <message>
      <source>Gradients</source>
      <translation>梯度</translation>
    </message>
    <message>
      <source>Optimizer state</source>
      <translation>优化器状态</translation>
    </message>
    <message>
      <source>Activations, head and loss</source>
      <translation>激活值、输出头与损失</translation>
    </message>
    <message>
      <source>Fine-tuning memory per GPU</source>
      <translation>每 GPU 微调显存</translation>
    </message>
    <message>
      <source>Largest batch that fits</source>
      <translation>能放下的最大批大小</translation>
    </message>
    <message>
      <source>Longest sequence that fits</source>
      <translation>能放下的最长序列</translation>
    </message>
    <message>
      <source>Worst error in PyTorch measurements (this method)</source>
      <translation>PyTorch 实测中的最大误差（此方法）</translation>
    </message>
    <message>
      <source>{weights} weights + {biases} biases</source>
      <translation>{weights} 个权重 + {biases} 个偏置</translation>
    </message>
    <message>
      <source>Exact count of every weight and bias (tied weights once), as Hugging Face transformers counts them</source>
      <translation>逐一精确统计每个权重和偏置（共享权重只计一次），与 Hugging Face transformers 的统计方式一致</translation>
    </message>
    <message>
      <source>all parameters except routed experts, plus the top-k routed experts of each MoE layer</source>
      <translation>除路由专家外的全部参数，加上每个 MoE 层被选中的 top-k 个路由专家</translation>
    </message>
    <message>
      <source>{active} active / {total} total</source>
      <translation>激活 {active} / 总计 {total}</translation>
    </message>
    <message>
      <source>Weights in bf16</source>
      <translation>bf16 权重</translation>
    </message>
    <message>
      <source>{params} x 2 bytes</source>
      <translation>{params} × 2 字节</translation>
    </message>
    <message>
      <source>ceil({size} / 4.7 GB)</source>
      <translation>向上取整（{size} / 4.7 GB）</translation>
    </message>
    <message>
      <source>DVD-5, 4.7 GB (ECMA-267)</source>
      <translation>DVD-5，4.7 GB（ECMA-267）</translation>
    </message>
    <message>
      <source>{n} x {gpu}, tensor parallel {tp}: {fit}</source>
      <translation>{n} × {gpu}，张量并行 {tp}：{fit}</translation>
    </message>
    <message>
      <source>fits</source>
      <translation>放得下</translation>
    </message>
    <message>
      <source>Set in the workload; see Serving</source>
      <translation>在工作负载中设定；见“推理服务”</translation>
    </message>
    <message>
      <source>{tokens} tokens on {n} x {gpu}{derived}{fit}</source>
      <translation>在 {n} × {gpu} 上训练 {tokens} 词元{derived}{fit}</translation>
    </message>
    <message>
      <source> (fewest GPUs for the target time)</source>
      <translation>（达到目标时间所需的最少 GPU）</translation>
    </message>
    <message>
      <source>Training planner: model.plan (memory per GPU, step time by terms; bench/published_runs.py gives its accuracy)</source>
      <translation>训练规划器：model.plan（每 GPU 显存、按项分解的单步时间；其准确度见 bench/published_runs.py）</translation>
    </message>
    <message>
      <source>{hours} GPU-hours x {watts} W ({share} x TDP) x PUE {pue}{published}</source>
      <translation>{hours} GPU 小时 × {watts} W（{share} × TDP）× PUE {pue}{published}</translation>
    </message>
    <message>
      <source>Touvron et al. 2023, section 6 (same method)</source>
      <translation>Touvron 等 2023，第 6 节（方法相同）</translation>
    </message>
    <message>
      <source>{energy} x {intensity} kg CO2e/kWh</source>
      <translation>{energy} × {intensity} kg CO2e/kWh</translation>
    </message>
    <message>
      <source>World average, 2023: Ember, Global Electricity Review 2024: 'The carbon dioxide intensity of global power generation reached a record low of 480 gCO2/kWh, down from 486 gCO2/kWh in 2022'</source>
      <translation>2023 年世界平均值：Ember《Global Electricity Review 2024》：全球发电的二氧化碳强度降至 480 gCO2/kWh 的历史新低，2022 年为 486 gCO2/kWh</translation>
    </message>
    <message>
      <source>{energy} x ${price}/kWh</source>
      <translation>{energy} × ${price}/kWh</translation>
    </message>
    <message>
      <source>Price set in the workload</source>
      <translation>价格在工作负载中设定</translation>
    </message>
    <message>
      <source>{hours} GPU-hours x ${price}/h</source>
      <translation>{hours} GPU 小时 × ${price}/小时</translation>
    </message>
    <message>
      <source>token, position and token-type tables, and an untied output head</source>
      <translation>词元、位置和词元类型嵌入表，以及未共享权重的输出头</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020 exclude these from N</source>
      <translation>Kaplan 等 2020 在 N 中不计这些参数</translation>
    </message>
    <message>
      <source>total - embedding</source>
      <translation>总参数 - 嵌入参数</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, section 2.1</source>
      <translation>Kaplan 等 2020，第 2.1 节</translation>
    </message>
    <message>
      <source>matrix and norm-scale entries</source>
      <translation>矩阵元素和归一化缩放系数</translation>
    </message>
    <message>
      <source>bias vectors (projections, FFN, LayerNorm, router, head)</source>
      <translation>偏置向量（投影、FFN、LayerNorm、路由器、输出头）</translation>
    </message>
    <message>
      <source>{params} parameters x {bits} bits / 8</source>
      <translation>{params} 个参数 × {bits} 位 / 8</translation>
    </message>
    <message>
      <source>IEEE 754 single precision</source>
      <translation>IEEE 754 单精度</translation>
    </message>
    <message>
      <source>16-bit floats</source>
      <translation>16 位浮点数</translation>
    </message>
    <message>
      <source>8-bit floats (E4M3 / E5M2)</source>
      <translation>8 位浮点数（E4M3 / E5M2）</translation>
    </message>
    <message>
      <source>8-bit integers, scales not counted</source>
      <translation>8 位整数，不计缩放系数</translation>
    </message>
    <message>
      <source>4-bit integers, scales not counted</source>
      <translation>4 位整数，不计缩放系数</translation>
    </message>
    <message>
      <source>llama.cpp block_q8_0: 34 bytes per 32 weights</source>
      <translation>llama.cpp block_q8_0：每 32 个权重 34 字节</translation>
    </message>
    <message>
      <source>llama.cpp block_q6_K: 210 bytes per 256 weights</source>
      <translation>llama.cpp block_q6_K：每 256 个权重 210 字节</translation>
    </message>
    <message>
      <source>llama.cpp quantize README, Llama 2 7B: 5.68 bits per weight</source>
      <translation>llama.cpp quantize README，Llama 2 7B：每个权重 5.68 位</translation>
    </message>
    <message>
      <source>llama.cpp quantize README, Llama 2 7B: 4.84 bits per weight</source>
      <translation>llama.cpp quantize README，Llama 2 7B：每个权重 4.84 位</translation>
    </message>
    <message>
      <source>llama.cpp quantize README, Llama 2 7B: 3.91 bits per weight</source>
      <translation>llama.cpp quantize README，Llama 2 7B：每个权重 3.91 位</translation>
    </message>
    <message>
      <source>llama.cpp quantize README, Llama 2 7B: 3.35 bits per weight</source>
      <translation>llama.cpp quantize README，Llama 2 7B：每个权重 3.35 位</translation>
    </message>
    <message>
      <source>ceil({size} / {capacity})</source>
      <translation>向上取整（{size} / {capacity}）</translation>
    </message>
    <message>
      <source>DVD-9, 8.5 GB (ECMA-267)</source>
      <translation>DVD-9，8.5 GB（ECMA-267）</translation>
    </message>
    <message>
      <source>BD-25, 25 GB (Blu-ray Disc Association)</source>
      <translation>BD-25，25 GB（蓝光光盘协会）</translation>
    </message>
    <message>
      <source>1 TB = 10^12 bytes</source>
      <translation>1 TB = 10^12 字节</translation>
    </message>
    <message>
      <source>{params} parameters x ({weights} B weights + {optimizer} B optimizer state); gradients are not saved</source>
      <translation>{params} 个参数 ×（{weights} B 权重 + {optimizer} B 优化器状态）；梯度不保存</translation>
    </message>
    <message>
      <source>Rajbhandari et al. 2020, section 3.1 (model states)</source>
      <translation>Rajbhandari 等 2020，第 3.1 节（模型状态）</translation>
    </message>
    <message>
      <source>{format} at {bits} bits per quantised weight, the rest 16-bit, / {gpus} GPUs</source>
      <translation>{format}：量化权重每个 {bits} 位，其余为 16 位，/ {gpus} 个 GPU</translation>
    </message>
    <message>
      <source>one block's transients for a prefill chunk of {tokens} tokens + fp32 logits of the last position</source>
      <translation>一个 {tokens} 词元的预填充分块在一个块中的临时张量 + 最后一个位置的 fp32 logits</translation>
    </message>
    <message>
      <source>Estimate; chunked prefill as vLLM and SGLang run it; assumes a fused attention kernel</source>
      <translation>估计值；按 vLLM 和 SGLang 的分块预填充方式；假设使用融合注意力内核</translation>
    </message>
    <message>
      <source>{gib} GiB (assumption)</source>
      <translation>{gib} GiB（假设值）</translation>
    </message>
    <message>
      <source>Assumption: CUDA context, CUDA graphs, NCCL buffers, allocator slack</source>
      <translation>假设值：CUDA 上下文、CUDA 图、NCCL 缓冲区、分配器余量</translation>
    </message>
    <message>
      <source>weights + workspace + overhead</source>
      <translation>权重 + 工作空间 + 开销</translation>
    </message>
    <message>
      <source>Sum of the serving terms above</source>
      <translation>上面各项推理显存之和</translation>
    </message>
    <message>
      <source>{layout}; busiest GPU</source>
      <translation>{layout}；负载最重的 GPU</translation>
    </message>
    <message>
      <source>{dims}, ZeRO-{zero}, micro-batch {mb}, recompute {recompute}</source>
      <translation>{dims}，ZeRO-{zero}，微批 {mb}，重算：{recompute}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Korthikanti et al. 2022, section 4 (activations); Rajbhandari et al. 2020, ZeRO section 3.1 (model states)</source>
      <translation>Korthikanti 等 2022，第 4 节（激活）；Rajbhandari 等 2020，ZeRO 第 3.1 节（模型状态）</translation>
    </message>
    <message>
      <source>Korthikanti et al. 2022, section 4 (activations); Rajbhandari et al. 2020, ZeRO section 3.1 (model states); calibrated against PyTorch 2.13 (tests/data/memory_measured.json)</source>
      <translation>Korthikanti 等 2022，第 4 节（激活）；Rajbhandari 等 2020，ZeRO 第 3.1 节（模型状态）；已用 PyTorch 2.13 实测校准（tests/data/memory_measured.json）</translation>
    </message>
    <message>
      <source>Assumption</source>
      <translation>假设值</translation>
    </message>
    <message>
      <source>{where}: states + activations + buffers + overhead with {precision}, {optimizer}</source>
      <translation>{where}：模型状态 + 激活 + 缓冲区 + 开销，精度 {precision}，优化器 {optimizer}</translation>
    </message>
    <message>
      <source>2 x {bytes}</source>
      <translation>2 × {bytes}</translation>
    </message>
    <message>
      <source>Rule of thumb found in articles, not a measurement</source>
      <translation>文章中常见的经验法则，并非实测</translation>
    </message>
    <message>
      <source>4 x {bytes} (bf16 weights)</source>
      <translation>4 × {bytes}（bf16 权重）</translation>
    </message>
    <message>
      <source>16 x {params}: model states only, no activations</source>
      <translation>16 × {params}：仅模型状态，不含激活</translation>
    </message>
    <message>
      <source>Rajbhandari et al. 2020, section 3.1</source>
      <translation>Rajbhandari 等 2020，第 3.1 节</translation>
    </message>
    <message>
      <source>{sentence}; recipes measured: fp32, PyTorch autocast (amp), pure bf16</source>
      <translation>{sentence}；实测过的精度方案：fp32、PyTorch autocast（amp）、纯 bf16</translation>
    </message>
    <message>
      <source>Checked against PyTorch {torch} in {cases} measured cases: training totals within {total}, activations within {activations}, model states and KV cache exact</source>
      <translation>已用 PyTorch {torch} 的 {cases} 个实测案例核对：训练总显存误差在 {total} 以内，激活误差在 {activations} 以内，模型状态和 KV 缓存完全一致</translation>
    </message>
    <message>
      <source>bench/memory_vs_pytorch.py; tests/data/memory_measured.json</source>
      <translation>bench/memory_vs_pytorch.py；tests/data/memory_measured.json</translation>
    </message>
    <message>
      <source>2 x {active} active + 2 x {attended} x {width} d_attn</source>
      <translation>2 × {active} 激活参数 + 2 × {attended} × {width} d_attn</translation>
    </message>
    <message>
      <source>{layers} attention layers x {context} context</source>
      <translation>{layers} 个注意力层 × {context} 上下文长度</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍</translation>
    </message>
    <message>
      <source>compute-optimal: {ratio} x {active} active parameters</source>
      <translation>计算最优：{ratio} × {active} 个激活参数</translation>
    </message>
    <message>
      <source>Hoffmann et al. 2022, table 3 (about 20 tokens per parameter)</source>
      <translation>Hoffmann 等 2022，表 3（每个参数约 20 个词元）</translation>
    </message>
    <message>
      <source>3 x {forward} per token x {tokens} tokens (about 6 N D)</source>
      <translation>3 × 每词元 {forward} × {tokens} 词元（约 6 N D）</translation>
    </message>
    <message>
      <source>{run}; {speed} tokens/s, MFU {mfu} ({how}){published}</source>
      <translation>{run}；{speed} 词元/秒，MFU {mfu}（{how}）{published}</translation>
    </message>
    <message>
      <source>derived from the step time</source>
      <translation>由单步时间推出</translation>
    </message>
    <message>
      <source>3 x forward FLOPs x tokens per step / (step time x GPUs x dense peak), {how}{published}</source>
      <translation>3 × 前向 FLOPs × 每步词元数 /（单步时间 × GPU 数 × 稠密峰值），{how}{published}</translation>
    </message>
    <message>
      <source>Chowdhery et al. 2022, appendix B (MFU)</source>
      <translation>Chowdhery 等 2022，附录 B（MFU）</translation>
    </message>
    <message>
      <source>{prompt} prompt tokens x forward FLOPs per token</source>
      <translation>{prompt} 个提示词元 × 每词元前向 FLOPs</translation>
    </message>
    <message>
      <source>2 x active parameters + 4 x {attended} x d_attn</source>
      <translation>2 × 激活参数 + 4 × {attended} × d_attn</translation>
    </message>
    <message>
      <source>no sequence parallelism</source>
      <translation>不使用序列并行</translation>
    </message>
    <message>
      <source>Shoeybi et al. 2019; Korthikanti et al. 2022</source>
      <translation>Shoeybi 等 2019；Korthikanti 等 2022</translation>
    </message>
    <message>
      <source>{v} virtual stage(s) per GPU</source>
      <translation>每个 GPU {v} 个虚拟流水线阶段</translation>
    </message>
    <message>
      <source>Narayanan et al. 2021</source>
      <translation>Narayanan 等 2021</translation>
    </message>
    <message>
      <source>ZeRO-{stage}</source>
      <translation>ZeRO-{stage}</translation>
    </message>
    <message>
      <source>Rajbhandari et al. 2020</source>
      <translation>Rajbhandari 等 2020</translation>
    </message>
    <message>
      <source>sequence split over GPUs, keys and values passed in a ring</source>
      <translation>序列切分到多个 GPU 上，键和值按环形传递</translation>
    </message>
    <message>
      <source>Liu et al. 2023</source>
      <translation>Liu 等 2023</translation>
    </message>
    <message>
      <source>experts split inside the data-parallel group</source>
      <translation>专家在数据并行组内切分</translation>
    </message>
    <message>
      <source>Lepikhin et al. 2020</source>
      <translation>Lepikhin 等 2020</translation>
    </message>
    <message>
      <source>{n} micro-batches per step; global batch {tokens} tokens; recompute {recompute}</source>
      <translation>每步 {n} 个微批；全局批大小 {tokens} 词元；重算：{recompute}</translation>
    </message>
    <message>
      <source>of {capacity}</source>
      <translation>共 {capacity}</translation>
    </message>
    <message>
      <source>{term} {s} s</source>
      <translation>{term} {s} 秒</translation>
    </message>
    <message>
      <source>compute</source>
      <translation>计算</translation>
    </message>
    <message>
      <source>optimizer</source>
      <translation>优化器</translation>
    </message>
    <message>
      <source>{tokens} tokens / step time</source>
      <translation>{tokens} 词元 / 单步时间</translation>
    </message>
    <message>
      <source>model FLOPs / (step time x GPUs x dense peak)</source>
      <translation>模型 FLOPs /（单步时间 × GPU 数 × 稠密峰值）</translation>
    </message>
    <message>
      <source>Chowdhery et al. 2022, appendix B</source>
      <translation>Chowdhery 等 2022，附录 B</translation>
    </message>
    <message>
      <source>hardware FLOPs / (step time x GPUs x dense peak)</source>
      <translation>硬件 FLOPs /（单步时间 × GPU 数 × 稠密峰值）</translation>
    </message>
    <message>
      <source>{layout}: MFU {mfu}, {memory} per GPU</source>
      <translation>{layout}：MFU {mfu}，每 GPU {memory}</translation>
    </message>
    <message>
      <source>ceil({size} / {capacity} per {gpu})</source>
      <translation>向上取整（{size} / 每块 {gpu} {capacity}）</translation>
    </message>
    <message>
      <source>Capacity: marketed GB</source>
      <translation>容量：标称 GB</translation>
    </message>
    <message>
      <source>the fewest GPUs with a layout that fits: {layout}</source>
      <translation>有放得下的布局的最少 GPU 数：{layout}</translation>
    </message>
    <message>
      <source>full</source>
      <translation>完全</translation>
    </message>
    <message>
      <source>the fewest GPUs whose best layout trains {tokens} tokens in {days} days: {layout}</source>
      <translation>最佳布局能在 {days} 天内训练完 {tokens} 词元的最少 GPU 数：{layout}</translation>
    </message>
    <message>
      <source>{energy} / {household} kWh per year</source>
      <translation>{energy} / 每年 {household} kWh</translation>
    </message>
    <message>
      <source>U.S. EIA, 2020: 10,715 kWh per household and year</source>
      <translation>美国能源信息署（EIA），2020：每户每年 10,715 kWh</translation>
    </message>
    <message>
      <source>L(N, D) with N = {n} non-embedding, D = {d}</source>
      <translation>L(N, D)，N = {n}（不含嵌入），D = {d}</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, eq. 1.1-1.5 and figure 14 (N without embeddings, C in PF-days)</source>
      <translation>Kaplan 等 2020，式 1.1-1.5 和图 14（N 不含嵌入，C 以 PF-天为单位）</translation>
    </message>
    <message>
      <source>1.69 + 406.4 / N^0.34 + 410.7 / D^0.28, N = {n}, D = {d}</source>
      <translation>1.69 + 406.4 / N^0.34 + 410.7 / D^0.28，N = {n}，D = {d}</translation>
    </message>
    <message>
      <source>Hoffmann et al. 2022, approach 3, eq. 2 and 4</source>
      <translation>Hoffmann 等 2022，方法 3，式 2 和式 4</translation>
    </message>
    <message>
      <source>1.8172 + 482.01 / N^0.3478 + 2085.43 / D^0.3658, N = {n}, D = {d}</source>
      <translation>1.8172 + 482.01 / N^0.3478 + 2085.43 / D^0.3658，N = {n}，D = {d}</translation>
    </message>
    <message>
      <source>Besiroglu et al. 2024, table 1 (refit of Hoffmann et al. approach 3)</source>
      <translation>Besiroglu 等 2024，表 1（重新拟合 Hoffmann 等的方法 3）</translation>
    </message>
    <message>
      <source>Compute-optimal is about 20 (Hoffmann et al. 2022)</source>
      <translation>计算最优约为 20（Hoffmann 等 2022）</translation>
    </message>
    <message>
      <source>Besiroglu et al. fit at C = 6ND = {flops}; {verdict}</source>
      <translation>Besiroglu 等的拟合，C = 6ND = {flops}；{verdict}</translation>
    </message>
    <message>
      <source>A {n}-parameter model on {d} tokens would reach {best} instead of {here}</source>
      <translation>用 {d} 词元训练 {n} 参数的模型可达到 {best}，而非 {here}</translation>
    </message>
    <message>
      <source>C / (6 N_opt) = {ratio} tokens per parameter</source>
      <translation>C / (6 N_opt) = 每个参数 {ratio} 个词元</translation>
    </message>
    <message>
      <source>{ratio} tokens per parameter: the rounded approach-3 constants favour more data than approaches 1-2</source>
      <translation>每个参数 {ratio} 个词元：方法 3 的常数经过舍入，比方法 1-2 偏向更多数据</translation>
    </message>
    <message>
      <source>{n} x {gpu}: tensor parallel {tp} x pipeline parallel {pp}{ep} x {replicas} replica(s): {fit}</source>
      <translation>{n} × {gpu}：张量并行 {tp} × 流水线并行 {pp}{ep} × {replicas} 个副本：{fit}</translation>
    </message>
    <message>
      <source>Set in the workload; tensor parallelism must divide the attention heads (Shoeybi et al. 2019)</source>
      <translation>在工作负载中设定；张量并行度必须能整除注意力头数（Shoeybi 等 2019）</translation>
    </message>
    <message>
      <source>weights {weights} + workspace {workspace} + overhead {overhead}</source>
      <translation>权重 {weights} + 工作空间 {workspace} + 开销 {overhead}</translation>
    </message>
    <message>
      <source>Kwon et al. 2023 (vLLM PagedAttention), section 4; vLLM docs: gpu_memory_utilization, maximum concurrency</source>
      <translation>Kwon 等 2023（vLLM PagedAttention），第 4 节；vLLM 文档：gpu_memory_utilization、最大并发数</translation>
    </message>
    <message>
      <source>{prompt}-token prompt: FLOPs / ({tp} GPUs x {efficiency}) + 2 all-reduces per layer over the {link} ({gbs} GB/s x {link_share}, {us} us each)</source>
      <translation>{prompt} 词元的提示：FLOPs /（{tp} 个 GPU × {efficiency}）+ 每层 2 次经{link}的 all-reduce（{gbs} GB/s × {link_share}，每次 {us} 微秒）</translation>
    </message>
    <message>
      <source>peak x {share} ({generation} matrix multiplies, measured)</source>
      <translation>峰值 × {share}（{generation} 矩阵乘法实测）</translation>
    </message>
    <message>
      <source>intra-node link</source>
      <translation>节点内互连</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); GEMM: Stas Bekman, ML Engineering Open Book, compute/accelerator/README.md, 'Maximum Achievable Matmul FLOPS' table (commit 744d01e), H100 SXM 794.5 of 989 TFLOP/s; HBM: Azure AI-benchmarking-guide results (BabelStream; nccl-tests all_reduce 1 KiB time in one node), H100; links: NVIDIA GTC24 S62129 / GTC25 S72583 'Collective Communication Bandwidth' slides (nccl-tests all_reduce bus bandwidth, in one node and across 32 GPUs), DGX H100 (370 GB/s of 8 x 400 Gb/s across 32 GPUs)</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；矩阵乘法：Stas Bekman《ML Engineering Open Book》compute/accelerator/README.md 中的 'Maximum Achievable Matmul FLOPS' 表（commit 744d01e），H100 SXM 可达 989 TFLOP/s 中的 794.5；HBM：Azure AI-benchmarking-guide 测试结果（BabelStream；单节点内 nccl-tests all_reduce 1 KiB 耗时），H100；互连：NVIDIA GTC24 S62129 / GTC25 S72583 'Collective Communication Bandwidth' 幻灯片（nccl-tests all_reduce 总线带宽，单节点内及跨 32 个 GPU），DGX H100（跨 32 个 GPU 时 8 × 400 Gb/s 中的 370 GB/s）</translation>
    </message>
    <message>
      <source>{n} GPUs x ${price}/h / prefill tokens/s</source>
      <translation>{n} 个 GPU × ${price}/小时 / 预填充词元/秒</translation>
    </message>
    <message>
      <source>{format} fits {n} x {gpu} at {requests} requests of {context} tokens</source>
      <translation>{format} 在 {requests} 个 {context} 词元的请求下放得进 {n} × {gpu}</translation>
    </message>
    <message>
      <source>r = {r} x (d_in + d_out) over every adapted matrix ({targets})</source>
      <translation>r = {r} ×（d_in + d_out），对每个适配的矩阵求和（{targets}）</translation>
    </message>
    <message>
      <source>Hu et al. 2021 (LoRA); Liu et al. 2024 (DoRA); peft 0.21 print_trainable_parameters</source>
      <translation>Hu 等 2021（LoRA）；Liu 等 2024（DoRA）；peft 0.21 print_trainable_parameters</translation>
    </message>
    <message>
      <source>bf16 base</source>
      <translation>bf16 基座</translation>
    </message>
    <message>
      <source>fp32 adapters (peft autocast_adapter_dtype)</source>
      <translation>fp32 适配器（peft autocast_adapter_dtype）</translation>
    </message>
    <message>
      <source>one per trainable parameter, in its dtype</source>
      <translation>每个可训练参数一个，与其数据类型相同</translation>
    </message>
    <message>
      <source>torch AdamW; Dettmers et al. 2022 (8-bit optimizers)</source>
      <translation>torch AdamW；Dettmers 等 2022（8 位优化器）</translation>
    </message>
    <message>
      <source>{batch} x {seq} tokens, gradient checkpointing on</source>
      <translation>{batch} × {seq} 词元，开启梯度检查点</translation>
    </message>
    <message>
      <source>Hu et al. 2021 (LoRA); Liu et al. 2024 (DoRA); peft 0.21 print_trainable_parameters; measured</source>
      <translation>Hu 等 2021（LoRA）；Liu 等 2024（DoRA）；peft 0.21 print_trainable_parameters；实测</translation>
    </message>
    <message>
      <source>{what} on {gpu} ({capacity}): {fit}</source>
      <translation>{what}，在 {gpu}（{capacity}）上：{fit}</translation>
    </message>
    <message>
      <source>LoRA r={r} on {targets}</source>
      <translation>LoRA r={r}，作用于 {targets}</translation>
    </message>
    <message>
      <source>of {seq} tokens on one {gpu}</source>
      <translation>每条 {seq} 词元，在一块 {gpu} 上</translation>
    </message>
    <message>
      <source>at batch {batch} on one {gpu}</source>
      <translation>批大小 {batch}，在一块 {gpu} 上</translation>
    </message>
    <message>
      <source>bench/finetune_vs_pytorch.py, peft 0.21, transformers 5.24, bitsandbytes 0.50 on the CPU, LLaMA- and Qwen2-like models</source>
      <translation>bench/finetune_vs_pytorch.py，在 CPU 上用 peft 0.21、transformers 5.24、bitsandbytes 0.50 测量类 LLaMA 和类 Qwen2 模型</translation>
    </message>
    <message>
      <source>tests/data/finetune_measured.json</source>
      <translation>tests/data/finetune_measured.json</translation>
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
      <source>Serving: throughput vs speed per user</source>
      <translation>推理：吞吐量与每用户速度</translation>
    </message>
    <message>
      <source>Output tokens/s per user</source>
      <translation>每用户输出 token/s</translation>
    </message>
    <message>
      <source>Output tokens/s in total</source>
      <translation>总输出 token/s</translation>
    </message>
    <message>
      <source>An encoder-only model reads its input and generates no tokens: there is no output to plot. Its time to encode a request and its cost per million input tokens are under Serving.</source>
      <translation>仅编码器模型读入输入、不生成词元：没有可画的输出。它编码一个请求的时间和每百万输入词元的成本见“推理服务”。</translation>
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
      <source>Serving: KV cache per GPU</source>
      <translation>推理：每 GPU 的 KV 缓存</translation>
    </message>
    <message>
      <source>The serving GPUs, weight format, context and requests are set under Serving; whether they fit and why not is in the warnings. Speeds use the chip generation's measured memory, matrix-multiply and collective efficiencies (as the training planner does); memory is that of the most loaded GPU.</source>
      <translation>推理 GPU、权重格式、上下文和请求数在“推理服务”中设置；能否放下以及原因见警告。速度采用该芯片代际实测的显存、矩阵乘法和集合通信效率（与训练规划器相同）；显存为负载最重的那个 GPU。</translation>
    </message>
    <message>
      <source>KV-cache budget per GPU</source>
      <translation>每 GPU 的 KV 缓存预算</translation>
    </message>
    <message>
      <source>Maximum concurrency at the context per request</source>
      <translation>按每请求上下文计的最大并发</translation>
    </message>
    <message>
      <source>Longest context the memory holds (one request)</source>
      <translation>显存能容纳的最长上下文（单个请求）</translation>
    </message>
    <message>
      <source>Time to first token</source>
      <translation>首 token 延迟</translation>
    </message>
    <message>
      <source>Time per output token</source>
      <translation>每个输出 token 的时间</translation>
    </message>
    <message>
      <source>Cost per million output tokens</source>
      <translation>每百万输出 token 成本</translation>
    </message>
    <message>
      <source>Energy per million output tokens</source>
      <translation>每百万输出 token 能耗</translation>
    </message>
    <message>
      <source>{batch} requests x context {context} x {bytes} B per position on this GPU ({precision})</source>
      <translation>{batch} 个请求 × 上下文 {context} × 本 GPU 上每个位置 {bytes} B（{precision}）</translation>
    </message>
    <message>
      <source>Exact: 2 x n_kv_heads x head_dim per layer (MLA: kv_lora_rank + rope dim), heads split over tensor parallel; Kwon et al. 2023, section 3</source>
      <translation>精确值：每层 2 × n_kv_heads × head_dim（MLA：kv_lora_rank + RoPE 维度），注意力头按张量并行切分；Kwon 等 2023，第 3 节</translation>
    </message>
    <message>
      <source>weights + KV cache + workspace + overhead</source>
      <translation>权重 + KV 缓存 + 工作空间 + 开销</translation>
    </message>
    <message>
      <source>This design is about compute-optimal</source>
      <translation>此设计大致是计算最优的</translation>
    </message>
    <message>
      <source>weights {weights} + KV cache {kv} + workspace {workspace} + overhead {overhead}</source>
      <translation>权重 {weights} + KV 缓存 {kv} + 工作空间 {workspace} + 开销 {overhead}</translation>
    </message>
    <message>
      <source>{share} x {capacity} - weights - one prefill chunk's workspace - overhead</source>
      <translation>{share} × {capacity} - 权重 - 一个预填充分块的工作空间 - 开销</translation>
    </message>
    <message>
      <source>{cached} cached tokens (blocks of 16) / {context} tokens per request, as vLLM reports it</source>
      <translation>{cached} 个缓存词元（每块 16 个）/ 每个请求 {context} 词元，与 vLLM 的报告方式相同</translation>
    </message>
    <message>
      <source>KV-cache budget / {bytes} B per position per GPU; the model was trained for {trained}</source>
      <translation>KV 缓存预算 / 每 GPU 每个位置 {bytes} B；模型训练时的上下文为 {trained}</translation>
    </message>
    <message>
      <source>{requests} requests: max(bytes read / bandwidth, FLOPs / compute) per stage x {pp} stage(s), limited by {bound} (HBM at {hbm} of {gbs} GB/s), + 2 all-reduces per layer{experts}</source>
      <translation>{requests} 个请求：每个流水线阶段 max(读取字节数 / 带宽, FLOPs / 算力) × {pp} 个阶段，受{bound}限制（HBM 达到 {gbs} GB/s 的 {hbm}），+ 每层 2 次 all-reduce{experts}</translation>
    </message>
    <message>
      <source>memory bandwidth</source>
      <translation>显存带宽</translation>
    </message>
    <message>
      <source>Pope et al. 2022, section 2: decoding reads every weight once per step</source>
      <translation>Pope 等 2022，第 2 节：解码每步读取每个权重一次</translation>
    </message>
    <message>
      <source>1 / time per output token</source>
      <translation>1 / 每个输出词元的时间</translation>
    </message>
    <message>
      <source>{requests} requests x {replicas} replica(s) / time per output token</source>
      <translation>{requests} 个请求 × {replicas} 个副本 / 每个输出词元的时间</translation>
    </message>
    <message>
      <source>{n} GPUs x ${price}/h / total output tokens/s</source>
      <translation>{n} 个 GPU × ${price}/小时 / 总输出词元/秒</translation>
    </message>
    <message>
      <source>{n} GPUs x TDP x {share} x PUE {pue} / total output tokens/s</source>
      <translation>{n} 个 GPU × TDP × {share} × PUE {pue} / 总输出词元/秒</translation>
    </message>
    <message>
      <source>Each point doubles the concurrent requests; decode upper bounds (Pope et al. 2022). Set the GPUs under Serving.</source>
      <translation>每个点的并发请求数翻倍；解码速度为上限（Pope 等 2022）。在“推理服务”中设置 GPU。</translation>
    </message>
    <message>
      <source>Concurrent requests that fit the KV cache</source>
      <translation>KV 缓存能容纳的并发请求</translation>
    </message>
    <message>
      <source>Beyond the memory limit</source>
      <translation>超出显存上限</translation>
    </message>
    <message>
      <source>Memory limit (maximum concurrency)</source>
      <translation>显存上限（最大并发）</translation>
    </message>
    <message>
      <source>This setup</source>
      <translation>当前配置</translation>
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
      <source>Training: communication buffers</source>
      <translation>训练：通信缓冲区</translation>
    </message>
    <message>
      <source>selective</source>
      <translation>选择性</translation>
    </message>
    <message>
      <source>ZeRO-3 prefetch of two blocks' weights; MoE dispatch and combine buffers (Megatron-Core)</source>
      <translation>ZeRO-3 预取两个块的权重；MoE 分发与合并缓冲区（Megatron-Core）</translation>
    </message>
    <message>
      <source>sequence parallelism on</source>
      <translation>开启序列并行</translation>
    </message>
    <message>
      <source>tensor parallel</source>
      <translation>张量并行</translation>
    </message>
    <message>
      <source>does not fit; {needs}</source>
      <translation>放不下；{needs}</translation>
    </message>
    <message>
      <source>it would fit on {n} x {gpu} ({layout})</source>
      <translation>用 {n} × {gpu} 可以放下（{layout}）</translation>
    </message>
    <message>
      <source>tensor parallel {tp} x pipeline parallel {pp}</source>
      <translation>张量并行 {tp} × 流水线并行 {pp}</translation>
    </message>
    <message>
      <source>pipeline bubble</source>
      <translation>流水线气泡</translation>
    </message>
    <message>
      <source>data parallel</source>
      <translation>数据并行</translation>
    </message>
    <message>
      <source>does not fit</source>
      <translation>放不下</translation>
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
      <source>it does not fit even on 1,024 x {gpu}</source>
      <translation>即使用 1,024 × {gpu} 也放不下</translation>
    </message>
    <message>
      <source>expert parallel</source>
      <translation>专家并行</translation>
    </message>
    <message>
      <source>output head</source>
      <translation>输出头</translation>
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
      <source>Embedding and head copies for MTP</source>
      <translation>为 MTP 另存的嵌入和输出头</translation>
    </message>
    <message>
      <source>Parameters in the released checkpoint</source>
      <translation>发布的检查点中的参数</translation>
    </message>
    <message>
      <source>not in the total: one block, an input projection and three norms each</source>
      <translation>不计入总数：每个模块含一个块、一个输入投影和三个归一化层</translation>
    </message>
    <message>
      <source>not in the total: the checkpoint stores the token embedding and the output head again with each MTP module</source>
      <translation>不计入总数：检查点为每个 MTP 模块再存一份词元嵌入和输出头</translation>
    </message>
    <message>
      <source>DeepSeek-V3's model.safetensors.index.json: model.layers.61.embed_tokens, model.layers.61.shared_head.head</source>
      <translation>DeepSeek-V3 的 model.safetensors.index.json：model.layers.61.embed_tokens、model.layers.61.shared_head.head</translation>
    </message>
    <message>
      <source>{parts} = {total} in the released checkpoint</source>
      <translation>{parts} = 发布的检查点中的 {total}</translation>
    </message>
    <message>
      <source>MTP</source>
      <translation>MTP 模块</translation>
    </message>
    <message>
      <source>embedding and head copies for MTP</source>
      <translation>为 MTP 另存的嵌入和输出头</translation>
    </message>
    <message>
      <source>the sum of the figures above; quantisation scales apart</source>
      <translation>上面各数之和；不含量化缩放系数</translation>
    </message>
    <message>
      <source>sliding-window layers keep {window} positions</source>
      <translation>滑动窗口层保留 {window} 个位置</translation>
    </message>
    <message>
      <source>{positions} attended positions (sliding-window layers see {window})</source>
      <translation>{positions} 个被关注的位置（滑动窗口层只看 {window} 个）</translation>
    </message>
    <message>
      <source>query/key norms</source>
      <translation>查询/键归一化</translation>
    </message>
    <message>
      <source>shared-expert gate</source>
      <translation>共享专家门控</translation>
    </message>
    <message>
      <source>not in the total</source>
      <translation>不计入总数</translation>
    </message>
    <message>
      <source>vision tower and projector</source>
      <translation>视觉塔与投影器</translation>
    </message>
    <message>
      <source> (the fastest count tried: the target time cannot be met)</source>
      <translation>（所试 GPU 数中最快的：无法达到目标时间）</translation>
    </message>
    <message>
      <source>MoE layers without attention</source>
      <translation>无注意力的 MoE 层</translation>
    </message>
    <message>
      <source>linear attention</source>
      <translation>线性注意力</translation>
    </message>
    <message>
      <source>query/key/value/gate projection</source>
      <translation>查询/键/值/门控投影</translation>
    </message>
    <message>
      <source>beta and decay projection</source>
      <translation>beta 与衰减投影</translation>
    </message>
    <message>
      <source>short convolution</source>
      <translation>短卷积</translation>
    </message>
    <message>
      <source>decay parameters</source>
      <translation>衰减参数</translation>
    </message>
    <message>
      <source>gated norm</source>
      <translation>门控归一化</translation>
    </message>
    <message>
      <source>output projection</source>
      <translation>输出投影</translation>
    </message>
    <message>
      <source>+ {bytes} fixed state per request in {layers} linear layers</source>
      <translation>+ 每个请求在 {layers} 个线性层中的固定状态 {bytes}</translation>
    </message>
    <message>
      <source>attention sinks</source>
      <translation>注意力汇点</translation>
    </message>
    <message>
      <source>Training: peak memory per GPU for one step (model states, activations, autocast weight copies, overhead) with the recipe set under Workload assumptions. Serving: one GPU of the serving setup (see Serving). A GPU holds its marketed GB (10^9 bytes). This precision recipe follows ZeRO and Korthikanti et al. 2022 and was not measured: PyTorch has no CPU equivalent.</source>
      <translation>训练：按“工作负载假设”中的配方，每个 GPU 一步的峰值显存（模型状态、激活值、autocast 权重副本、额外开销）。推理：推理部署中的一个 GPU（见“推理服务”）。GPU 容量按标称 GB（10^9 字节）计。此精度配方依据 ZeRO 和 Korthikanti 等 2022，未经实测：PyTorch 在 CPU 上没有对应实现。</translation>
    </message>
    <message>
      <source>The board power of this accelerator is not published, so energy, CO2 and electricity cost cannot be estimated; define a custom GPU with its power.</source>
      <translation>该加速器的板卡功耗未公开，因此无法估算能耗、碳排放和电费；请定义一个带功耗的自定义 GPU。</translation>
    </message>
    <message>
      <source>every parameter</source>
      <translation>全部参数</translation>
    </message>
    <message>
      <source>precision recipe {precision}</source>
      <translation>精度方案 {precision}</translation>
    </message>
    <message>
      <source>Korthikanti et al. 2022, section 4 (activations); Rajbhandari et al. 2020, ZeRO section 3.1 (model states); measured</source>
      <translation>Korthikanti 等 2022，第 4 节（激活）；Rajbhandari 等 2020，ZeRO 第 3.1 节（模型状态）；实测</translation>
    </message>
    <message>
      <source>full fine-tuning</source>
      <translation>全参数微调</translation>
    </message>
    <message>
      <source>tests/data/memory_measured.json</source>
      <translation>tests/data/memory_measured.json</translation>
    </message>
    <message>
      <source>NF4 with double quantisation for the block linear layers, the rest fp32 (prepare_model_for_kbit_training)</source>
      <translation>块中的线性层用 NF4 并做双重量化，其余为 fp32（prepare_model_for_kbit_training）</translation>
    </message>
    <message>
      <source>Dettmers et al. 2023 (QLoRA), section 3: NF4, blocks of 64, double-quantised absmax</source>
      <translation>Dettmers 等 2023（QLoRA），第 3 节：NF4，每块 64 个，absmax 双重量化</translation>
    </message>
    <message>
      <source>QLoRA (NF4 base) r={r} on {targets}</source>
      <translation>QLoRA（NF4 基座）r={r}，作用于 {targets}</translation>
    </message>
    <message>
      <source>the last {n} blocks x {per_layer} parameters</source>
      <translation>最后 {n} 个块 × {per_layer} 个参数</translation>
    </message>
    <message>
      <source>the last {n} blocks</source>
      <translation>最后 {n} 个块</translation>
    </message>
    <message>
      <source>relative position embeddings</source>
      <translation>相对位置嵌入</translation>
    </message>
    <message>
      <source>relative position norm</source>
      <translation>相对位置归一化</translation>
    </message>
    <message>
      <source>convolution after the first layer</source>
      <translation>第一层之后的卷积</translation>
    </message>
    <message>
      <source>convolution</source>
      <translation>卷积</translation>
    </message>
    <message>
      <source>convolution norm</source>
      <translation>卷积归一化</translation>
    </message>
    <message>
      <source>embedding projection</source>
      <translation>嵌入投影</translation>
    </message>
    <message>
      <source>global relative position bias</source>
      <translation>全局相对位置偏置</translation>
    </message>
    <message>
      <source>multi-token prediction</source>
      <translation>多词元预测</translation>
    </message>
    <message>
      <source>MTP input projection</source>
      <translation>MTP 输入投影</translation>
    </message>
    <message>
      <source>MTP norms</source>
      <translation>MTP 归一化</translation>
    </message>
    <message>
      <source>in the total: one block, an input projection and three norms each</source>
      <translation>计入总数：每个模块含一个块、一个输入投影和三个归一化层</translation>
    </message>
    <message>
      <source>layers without attention</source>
      <translation>无注意力的层</translation>
    </message>
    <message>
      <source>input projection</source>
      <translation>输入投影</translation>
    </message>
    <message>
      <source>set by you</source>
      <translation>由你设定</translation>
    </message>
    <message>
      <source>peak x {share} (set)</source>
      <translation>峰值 × {share}（设定值）</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); mli/transformers-benchmarks README: RTX 4090 FP16 matmul 172 of 330 (with FP32 accumulate the dense peak is half: ~0.5-0.8 by card); no collective measurement: Volta/Hopper figures</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；mli/transformers-benchmarks README：RTX 4090 FP16 矩阵乘法达到 330 中的 172（FP32 累加时稠密峰值减半：按显卡约 0.5-0.8）；无集合通信实测：采用 Volta/Hopper 的数据</translation>
    </message>
    <message>
      <source> (this layout does not fit in memory: see Training plan)</source>
      <translation>（此布局显存放不下：见“训练计划”）</translation>
    </message>
    <message>
      <source>of {capacity}: does not fit</source>
      <translation>共 {capacity}：放不下</translation>
    </message>
    <message>
      <source>{batch} x {seq} tokens, gradient checkpointing off</source>
      <translation>{batch} × {seq} 词元，关闭梯度检查点</translation>
    </message>
    <message>
      <source>GPU-hours, published</source>
      <translation>GPU 小时（公开值）</translation>
    </message>
    <message>
      <source>; published {value} ({error})</source>
      <translation>；公开值 {value}（{error}）</translation>
    </message>
    <message>
      <source>set in the workload</source>
      <translation>在工作负载中设定</translation>
    </message>
    <message>
      <source>The GPU count and days are Patterson et al.'s reconstruction; OpenAI published neither, nor the layout.</source>
      <translation>GPU 数量和天数是 Patterson 等人的推算；OpenAI 两者都未公开，也未公开并行布局。</translation>
    </message>
    <message>
      <source>Brown et al. 2020, table 2.1 (300B tokens, 2,048-token context, 3.2M-token batch: 1,536 sequences) and table D.1 (3.14e23 FLOP); Patterson et al. 2021, table 4 (10,000 V100 GPUs, 14.8 days, 1,287 MWh; an estimate by the authors, not a log); MFU 21.3% from Chowdhery et al. 2022, table 3</source>
      <translation>Brown 等 2020，表 2.1（3000亿 词元，2,048 词元上下文，320万 词元批量：1,536 条序列）和表 D.1（3.14e23 FLOP）；Patterson 等 2021，表 4（10,000 个 V100 GPU，14.8 天，1,287 MWh；作者的估算，并非运行日志）；MFU 21.3% 取自 Chowdhery 等 2022，表 3</translation>
    </message>
    <message>
      <source>The batch ramped up from 16 sequences; the run also had restarts and hardware failures counted in its days.</source>
      <translation>批量从 16 条序列逐步增大；这次训练的天数中还包含了重启和硬件故障。</translation>
    </message>
    <message>
      <source>BigScience 2022 (arXiv:2211.05100), section 3.4.1: 384 A100 80GB for about 3.5 months, 1,082,990 compute hours; tr11-176B-ml training README: TP 4, PP 12, DP 8, micro-batch 2, batch 2,048 sequences of 2,048, ~150 TFLOP/s per GPU counted with the 4 x 2 coefficient of full activation recomputation (--checkpoint-activations); 366B tokens; Luccioni et al. 2022, table 1: 433 MWh</source>
      <translation>BigScience 2022（arXiv:2211.05100），第 3.4.1 节：384 个 A100 80GB，约 3.5 个月，1,082,990 计算小时；tr11-176B-ml 训练 README：TP 4，PP 12，DP 8，微批量 2，批量为 2,048 条长 2,048 的序列，每 GPU 约 150 TFLOP/s（按完全激活重计算的 4 × 2 系数计，--checkpoint-activations）；3660亿 词元；Luccioni 等 2022，表 1：433 MWh</translation>
    </message>
    <message>
      <source>The tensor-parallel degree was not published; 180B is the corpus size, the tokens actually trained were not stated. The published hours are Touvron et al.'s estimate (992 GPUs x 34 days x 24 h); OPT describes many restarts and rollbacks during training (section 2.5). At the 147 TFLOP/s per GPU that OPT reports, 6 x 175B parameters x 180B tokens take about 357k GPU-hours.</source>
      <translation>张量并行度未公开；1800亿 是语料规模，实际训练的词元数未说明。公开的小时数是 Touvron 等人的估算（992 个 GPU × 34 天 × 24 小时）；OPT 记述了训练中多次重启和回滚（第 2.5 节）。按 OPT 报告的每 GPU 147 TFLOP/s，6 × 1750亿 参数 × 1800亿 词元约需 35.7万 GPU 小时。</translation>
    </message>
    <message>
      <source>Zhang et al. 2022 (arXiv:2205.01068), section 2.4 and table 1: 992 A100 80GB, FSDP with Megatron tensor parallelism, up to 147 TFLOP/s per GPU, 2M-token batch, 180B tokens; 809,472 GPU-hours as estimated by Touvron et al. 2023 (LLaMA), table 15, with 356 MWh (809,472 GPU-hours x 400 W x PUE 1.1)</source>
      <translation>Zhang 等 2022（arXiv:2205.01068），第 2.4 节和表 1：992 个 A100 80GB，FSDP 加 Megatron 张量并行，每 GPU 最高 147 TFLOP/s，200万 词元批量，1800亿 词元；809,472 GPU 小时为 Touvron 等 2023（LLaMA）表 15 的估算，能耗 356 MWh（809,472 GPU 小时 × 400 W × PUE 1.1）</translation>
    </message>
    <message>
      <source>Training time, published</source>
      <translation>训练时间（公开值）</translation>
    </message>
    <message>
      <source>The days are the model card's 'about two weeks'; the batch ramped up over the first 30B tokens and the ZeRO stage was not stated. P4d gives each GPU a quarter of DGX A100's network (50 against 200 Gbit/s).</source>
      <translation>天数取自模型卡的“约两周”；批量在前 300亿 词元内逐步增大，ZeRO 阶段未说明。P4d 给每个 GPU 的网络带宽只有 DGX A100 的四分之一（50 对 200 Gbit/s）。</translation>
    </message>
    <message>
      <source>tiiuae/falcon-7b model card, 'Training Procedure' and 'Speeds, Sizes, Times': 1,500B tokens of 2,048, 384 A100 40GB on AWS SageMaker P4d, 2D parallelism (PP=2, DP=192) with ZeRO, bfloat16, batch 2,304 sequences, 'about two weeks'; AWS EC2 P4d: 400 Gbit/s of EFA per 8 GPUs</source>
      <translation>tiiuae/falcon-7b 模型卡，“Training Procedure”和“Speeds, Sizes, Times”：1.5万亿 词元，序列长 2,048，在 AWS SageMaker P4d 上用 384 个 A100 40GB，二维并行（PP=2，DP=192）加 ZeRO，bfloat16，批量 2,304 条序列，“约两周”；AWS EC2 P4d：每 8 个 GPU 共 400 Gbit/s 的 EFA</translation>
    </message>
    <message>
      <source>Meta published neither the GPU count nor the layout: the planner chooses both for the target time. The published hours are Meta's total for pre-training, on its own software; IBM's PyTorch-FSDP replica of the 7B model trained 2.2T tokens on 128 A100 at 3,500 tokens/s per GPU, about 20% faster (foundation-model-stack/fms-fsdp README).</source>
      <translation>Meta 既未公开 GPU 数量也未公开并行布局：规划器按目标时间选择两者。公开的小时数是 Meta 在其自有软件上预训练的总时长；IBM 用 PyTorch FSDP 复现的 7B 模型在 128 个 A100 上训练了 2.2万亿 词元，每 GPU 3,500 词元/秒，约快 20%（foundation-model-stack/fms-fsdp README）。</translation>
    </message>
    <message>
      <source>Touvron et al. 2023 (arXiv:2307.09288), table 2 and section 2.2: 2.0T tokens, 4,096-token context, 4M-token batch, 368,640 A100-80GB GPU-hours at 400 W</source>
      <translation>Touvron 等 2023（arXiv:2307.09288），表 2 和第 2.2 节：2.0万亿 词元，4,096 词元上下文，400万 词元批量，368,640 A100-80GB GPU 小时，每卡 400 W</translation>
    </message>
    <message>
      <source>Touvron et al. 2023 (arXiv:2307.09288), table 2 and section 2.2: 2.0T tokens, 4,096-token context, 4M-token batch, 1,720,320 A100-80GB GPU-hours at 400 W</source>
      <translation>Touvron 等 2023（arXiv:2307.09288），表 2 和第 2.2 节：2.0万亿 词元，4,096 词元上下文，400万 词元批量，1,720,320 A100-80GB GPU 小时，每卡 400 W</translation>
    </message>
    <message>
      <source>Touvron et al. 2023 (arXiv:2307.09288), table 2 and section 2.2: 2.0T tokens, 4,096-token context, 4M-token batch, 184,320 A100-80GB GPU-hours at 400 W</source>
      <translation>Touvron 等 2023（arXiv:2307.09288），表 2 和第 2.2 节：2.0万亿 词元，4,096 词元上下文，400万 词元批量，184,320 A100-80GB GPU 小时，每卡 400 W</translation>
    </message>
    <message>
      <source>The batch ramped up to 15,360 sequences; the layout, the overlap and the per-node dispatch are as published. DeepSeek's activation savings (FP8 caching, recomputed norms and MLA up-projections) are not modelled: the planner recomputes fully.</source>
      <translation>批量逐步增大到 15,360 条序列；并行布局、通信重叠和按节点分发均按公开内容设置。DeepSeek 节省激活显存的做法（FP8 缓存、重计算归一化和 MLA 升维投影）未建模：规划器采用完全重计算。</translation>
    </message>
    <message>
      <source>DeepSeek-AI 2024 (arXiv:2412.19437), table 1 and sections 3.2 and 4.2: 14.8T tokens at 4,096, batch up to 15,360 sequences, 2,048 H800, PP 16, EP 64 over 8 nodes, ZeRO-1, no TP, FP8 training; 2.664M H800 GPU-hours of pre-training (180K per trillion tokens, 3.7 days each); DualPipe overlaps the expert all-to-all with computation (section 3.2.1); each token crosses InfiniBand once per node that holds its experts and NVLink forwards it (section 3.2.2)</source>
      <translation>DeepSeek-AI 2024（arXiv:2412.19437），表 1 及第 3.2、4.2 节：14.8万亿 词元，序列长 4,096，批量最多 15,360 条序列，2,048 个 H800，PP 16，EP 64 跨 8 个节点，ZeRO-1，无 TP，FP8 训练；预训练 266.4万 H800 GPU 小时（每万亿词元 18万，即 3.7 天）；DualPipe 让专家 all-to-all 与计算重叠（第 3.2.1 节）；每个词元对持有其专家的每个节点只经 InfiniBand 发送一次，再由 NVLink 转发（第 3.2.2 节）</translation>
    </message>
    <message>
      <source>The batch grew from 4M to 16M tokens and a long-context stage ran at 128K with CP 16; the 30.84M GPU-hours cover all of it.</source>
      <translation>批量从 400万 词元增大到 1600万 词元，另有一个 128K 的长上下文阶段（CP 16）；3084万 GPU 小时涵盖了全部这些。</translation>
    </message>
    <message>
      <source>Dubey et al. 2024 (arXiv:2407.21783), sections 3.2-3.3 and table 4: 15.6T tokens, 8,192-token sequences, 16M-token batch, 16,384 H100 at TP 8, CP 1, PP 16, DP 128, 400 TFLOP/s per GPU = 41% BF16 MFU, no activation checkpointing at 8K; Llama 3.1 model card: 30.84M H100 GPU-hours (all Llama 3.1 405B training); effective training time: 'higher than 90%' (section 3.3.4)</source>
      <translation>Dubey 等 2024（arXiv:2407.21783），第 3.2-3.3 节和表 4：15.6万亿 词元，序列长 8,192，1600万 词元批量，16,384 个 H100，TP 8、CP 1、PP 16、DP 128，每 GPU 400 TFLOP/s = 41% BF16 MFU，8K 阶段不做激活检查点；Llama 3.1 模型卡：3084万 H100 GPU 小时（Llama 3.1 405B 的全部训练）；有效训练时间“高于 90%”（第 3.3.4 节）</translation>
    </message>
    <message>
      <source>No layout can train this design on these GPUs, so energy, CO2 and cost cannot be estimated: see the Training plan.</source>
      <translation>没有任何布局能在这些 GPU 上训练此设计，因此无法估算能耗、碳排放和成本：见“训练方案”。</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); GEMM: mli/transformers-benchmarks README (V100 FP16 matmul 95 of 125 TFLOP/s); HBM: clpeak on V100; NVLink: nccl-tests all_reduce bus bandwidth on DGX-1 V100 (ml-engineering)</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；矩阵乘法：mli/transformers-benchmarks README（V100 FP16 矩阵乘法达到 125 TFLOP/s 中的 95）；HBM：V100 上的 clpeak 实测；NVLink：DGX-1 V100 上 nccl-tests all_reduce 总线带宽（ml-engineering）</translation>
    </message>
    <message>
      <source>8 bits per weight; per-tensor or per-channel scales (&lt; 0.01 %) not counted</source>
      <translation>每个权重 8 位；逐张量或逐通道的缩放因子（&lt; 0.01 %）未计入</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); GEMM: Stas Bekman, ML Engineering Open Book, compute/accelerator/README.md, 'Maximum Achievable Matmul FLOPS' table (commit 744d01e), A100 SXM 271.2 of 312 TFLOP/s; HBM: Azure AI-benchmarking-guide results (BabelStream; nccl-tests all_reduce 1 KiB time in one node), A100; links: NVIDIA GTC24 S62129 / GTC25 S72583 'Collective Communication Bandwidth' slides (nccl-tests all_reduce bus bandwidth, in one node and across 32 GPUs), DGX A100 (192 GB/s of 8 x 200 Gb/s across nodes)</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；矩阵乘法：Stas Bekman《ML Engineering Open Book》compute/accelerator/README.md 中的 'Maximum Achievable Matmul FLOPS' 表（commit 744d01e），A100 SXM 达到 312 TFLOP/s 中的 271.2；HBM：Azure AI-benchmarking-guide 测试结果（BabelStream；单节点内 nccl-tests all_reduce 1 KiB 耗时），A100；互连：NVIDIA GTC24 S62129 / GTC25 S72583 'Collective Communication Bandwidth' 幻灯片（nccl-tests all_reduce 总线带宽，单节点内及跨 32 个 GPU），DGX A100（跨节点时 8 × 200 Gb/s 中的 192 GB/s）</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); GEMM: Stas Bekman, ML Engineering Open Book, compute/accelerator/README.md, 'Maximum Achievable Matmul FLOPS' table (commit 744d01e), H100 SXM 794.5 of 989 TFLOP/s; HBM: Azure AI-benchmarking-guide results (BabelStream; nccl-tests all_reduce 1 KiB time in one node), H100; links: NVIDIA GTC24 S62129 / GTC25 S72583 'Collective Communication Bandwidth' slides (nccl-tests all_reduce bus bandwidth, in one node and across 32 GPUs), DGX H100 (370 GB/s of 8 x 400 Gb/s across 32 GPUs); FP8: Stas Bekman, ML Engineering Open Book, compute/accelerator/README.md, 'Maximum Achievable Matmul FLOPS' table, FP8 (float8_e4m3fn) (commit 744d01e): H100 SXM 1402.6 of 1979 TFLOP/s</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；矩阵乘法：Stas Bekman《ML Engineering Open Book》compute/accelerator/README.md 中的 'Maximum Achievable Matmul FLOPS' 表（commit 744d01e），H100 SXM 可达 989 TFLOP/s 中的 794.5；HBM：Azure AI-benchmarking-guide 测试结果（BabelStream；单节点内 nccl-tests all_reduce 1 KiB 耗时），H100；互连：NVIDIA GTC24 S62129 / GTC25 S72583 'Collective Communication Bandwidth' 幻灯片（nccl-tests all_reduce 总线带宽，单节点内及跨 32 个 GPU），DGX H100（跨 32 个 GPU 时 8 × 400 Gb/s 中的 370 GB/s）；FP8：Stas Bekman《ML Engineering Open Book》compute/accelerator/README.md 中的 'Maximum Achievable Matmul FLOPS' 表，FP8（float8_e4m3fn）（commit 744d01e），H100 SXM 可达 1979 TFLOP/s 中的 1402.6</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); GEMM: Stas Bekman, ML Engineering Open Book, compute/accelerator/README.md, 'Maximum Achievable Matmul FLOPS' table (commit 744d01e), B200 1745 of 2250 TFLOP/s; links: ml-engineering network/README.md (B200 nccl all_reduce; 4 x 8 B200 over EFA v4: 381.8 of 400 GB/s); latency: Azure AI-benchmarking-guide results (BabelStream; nccl-tests all_reduce 1 KiB time in one node), GB200</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；矩阵乘法：Stas Bekman《ML Engineering Open Book》compute/accelerator/README.md 中的 'Maximum Achievable Matmul FLOPS' 表（commit 744d01e），B200 达到 2250 TFLOP/s 中的 1745；互连：ml-engineering network/README.md（B200 nccl all_reduce；4 × 8 块 B200 经 EFA v4：400 GB/s 中的 381.8）；延迟：Azure AI-benchmarking-guide 测试结果（BabelStream；单节点内 nccl-tests all_reduce 1 KiB 耗时），GB200</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); GEMM: Stas Bekman, ML Engineering Open Book, compute/accelerator/README.md, 'Maximum Achievable Matmul FLOPS' table (commit 744d01e), B200 1745 of 2250 TFLOP/s; links: ml-engineering network/README.md (B200 nccl all_reduce; 4 x 8 B200 over EFA v4: 381.8 of 400 GB/s); latency: Azure AI-benchmarking-guide results (BabelStream; nccl-tests all_reduce 1 KiB time in one node), GB200; FP8: Stas Bekman, ML Engineering Open Book, compute/accelerator/README.md, 'Maximum Achievable Matmul FLOPS' table, FP8 (float8_e4m3fn) (commit 744d01e): B200 SXM 3432.5 of 4500 TFLOP/s</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；矩阵乘法：Stas Bekman《ML Engineering Open Book》compute/accelerator/README.md 中的 'Maximum Achievable Matmul FLOPS' 表（commit 744d01e），B200 达到 2250 TFLOP/s 中的 1745；互连：ml-engineering network/README.md（B200 nccl all_reduce；4 × 8 块 B200 经 EFA v4：400 GB/s 中的 381.8）；延迟：Azure AI-benchmarking-guide 测试结果（BabelStream；单节点内 nccl-tests all_reduce 1 KiB 耗时），GB200；FP8：Stas Bekman《ML Engineering Open Book》compute/accelerator/README.md 中的 'Maximum Achievable Matmul FLOPS' 表，FP8（float8_e4m3fn）（commit 744d01e），B200 SXM 可达 4500 TFLOP/s 中的 3432.5</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); GEMM: Stas Bekman, ML Engineering Open Book, compute/accelerator/README.md, 'Maximum Achievable Matmul FLOPS' table (commit 744d01e), MI300X BF16; HBM and latency: Azure AI-benchmarking-guide results (BabelStream; nccl-tests all_reduce 1 KiB time in one node), MI300X; xGMI: AMD ROCm blog on RCCL all_reduce bus bandwidth</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；矩阵乘法：Stas Bekman《ML Engineering Open Book》compute/accelerator/README.md 中的 'Maximum Achievable Matmul FLOPS' 表（commit 744d01e），MI300X BF16；HBM 与延迟：Azure AI-benchmarking-guide 测试结果（BabelStream；单节点内 nccl-tests all_reduce 1 KiB 耗时），MI300X；xGMI：AMD ROCm 博客中的 RCCL all_reduce 总线带宽</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); No measurement found: the lowest measured generation's figures (MI300X)</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；未找到实测数据：采用实测值最低的一代（MI300X）的数据</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); No kernel-level TPU measurement found: Hopper's figures</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；未找到 TPU 内核级实测数据：采用 Hopper 的数据</translation>
    </message>
    <message>
      <source>Kaplan et al. 2020, table 1: forward 2N + 2 n_layer n_ctx d_attn; training 3x forward; Shoeybi et al. 2019 (all-reduces); No measurement found: MI300X (cdna3) figures</source>
      <translation>Kaplan 等 2020，表 1：前向 2N + 2 n_layer n_ctx d_attn；训练为前向的 3 倍；Shoeybi 等 2019（all-reduce）；未找到实测数据：采用 MI300X（cdna3）的数据</translation>
    </message>
    <message>
      <source>{gpu} has no published intra-node link figure: PCIe Gen4 x16 (32 GB/s each way) assumed</source>
      <translation>{gpu} 没有公开的节点内互连数据：假定为 PCIe Gen4 x16（每个方向 32 GB/s）</translation>
    </message>
    <message>
      <source>{gpu} has no published network figure: 100 Gbit/s Ethernet per 8 GPUs assumed</source>
      <translation>{gpu} 没有公开的网络数据：假定每 8 块 GPU 共用 100 Gbit/s 以太网</translation>
    </message>
    <message>
      <source>China, 2023: Ember yearly electricity data via Our World in Data (carbon_intensity_elec), value 582.317 g as vendored in mlco2/codecarbon global_energy_mix.json (CHN)</source>
      <translation>中国，2023：Ember 年度电力数据，经 Our World in Data（carbon_intensity_elec），582.317 g，取自 mlco2/codecarbon 收录的 global_energy_mix.json（CHN）</translation>
    </message>
    <message>
      <source>United States (national average), 2023: Ember yearly electricity data via Our World in Data (carbon_intensity_elec), value 369.473 g as vendored in mlco2/codecarbon global_energy_mix.json (USA)</source>
      <translation>美国（全国平均），2023：Ember 年度电力数据，经 Our World in Data（carbon_intensity_elec），369.473 g，取自 mlco2/codecarbon 收录的 global_energy_mix.json（USA）</translation>
    </message>
    <message>
      <source>European Union (EU-27), 2023: Derived: generation-weighted mean of the 27 member-state Ember/OWID 2023 values in mlco2/codecarbon global_energy_mix.json (total 2,694 TWh)</source>
      <translation>欧盟（EU-27），2023：推算值：mlco2/codecarbon global_energy_mix.json 中 27 个成员国 Ember/OWID 2023 年数值按发电量加权的平均（合计 2,694 TWh）</translation>
    </message>
    <message>
      <source>France, 2023: Ember via Our World in Data (carbon_intensity_elec), 56.039 g (FRA in codecarbon global_energy_mix.json); OWID table also shows 56 gCO2 for 2023</source>
      <translation>法国，2023：Ember，经 Our World in Data（carbon_intensity_elec），56.039 g（codecarbon global_energy_mix.json 中的 FRA）；OWID 表格 2023 年同样为 56 gCO2</translation>
    </message>
    <message>
      <source>Germany, 2023: Ember via Our World in Data (carbon_intensity_elec), 380.95 g (DEU); OWID table shows 381 gCO2 for 2023</source>
      <translation>德国，2023：Ember，经 Our World in Data（carbon_intensity_elec），380.95 g（DEU）；OWID 表格 2023 年为 381 gCO2</translation>
    </message>
    <message>
      <source>United Kingdom, 2023: Ember via Our World in Data (carbon_intensity_elec), 237.589 g (GBR in codecarbon global_energy_mix.json)</source>
      <translation>英国，2023：Ember，经 Our World in Data（carbon_intensity_elec），237.589 g（codecarbon global_energy_mix.json 中的 GBR）</translation>
    </message>
    <message>
      <source>India, 2023: Ember via Our World in Data (carbon_intensity_elec), 713.441 g (IND); Statista/Ember and OWID table also give 713 g for 2023</source>
      <translation>印度，2023：Ember，经 Our World in Data（carbon_intensity_elec），713.441 g（IND）；Statista/Ember 和 OWID 表格 2023 年同样为 713 g</translation>
    </message>
    <message>
      <source>Japan, 2023: Ember via Our World in Data (carbon_intensity_elec), 485.392 g (JPN in codecarbon global_energy_mix.json)</source>
      <translation>日本，2023：Ember，经 Our World in Data（carbon_intensity_elec），485.392 g（codecarbon global_energy_mix.json 中的 JPN）</translation>
    </message>
    <message>
      <source>Canada (national), 2023: Ember via Our World in Data (carbon_intensity_elec), 170.043 g (CAN); OWID table shows 170 gCO2</source>
      <translation>加拿大（全国），2023：Ember，经 Our World in Data（carbon_intensity_elec），170.043 g（CAN）；OWID 表格为 170 gCO2</translation>
    </message>
    <message>
      <source>Norway (hydro-heavy), 2023: Ember via Our World in Data (carbon_intensity_elec), 30.08 g (NOR); Statista/Ember: 'Norway's power sector ... had a carbon intensity of just 30 gCO2/kWh' (2023)</source>
      <translation>挪威（以水电为主），2023：Ember，经 Our World in Data（carbon_intensity_elec），30.08 g（NOR）；Statista/Ember：挪威电力行业的碳强度仅为 30 gCO2/kWh（2023）</translation>
    </message>
    <message>
      <source>Sweden (hydro + nuclear), 2023: Ember via Our World in Data (carbon_intensity_elec), 40.695 g (SWE in codecarbon global_energy_mix.json)</source>
      <translation>瑞典（水电 + 核电），2023：Ember，经 Our World in Data（carbon_intensity_elec），40.695 g（codecarbon global_energy_mix.json 中的 SWE）</translation>
    </message>
    <message>
      <source>Iceland (hydro + geothermal), 2022: Ember via Our World in Data (carbon_intensity_elec), 27.68 g (ISL in codecarbon global_energy_mix.json; latest available year 2022)</source>
      <translation>冰岛（水电 + 地热），2022：Ember，经 Our World in Data（carbon_intensity_elec），27.68 g（codecarbon global_energy_mix.json 中的 ISL；最新可得年份为 2022）</translation>
    </message>
    <message>
      <source>Patterson 2021 (GPT-3 datacentre), 2020: Patterson et al. 2021, 'Carbon Emissions and Large Neural Network Training' (arXiv:2104.10350), Table 4: GPT-3 trained in a Microsoft datacentre, 0.429 kg CO2e/KWh (US average mix as used by the paper); 1,287 MWh x 0.429 = 552 tCO2e</source>
      <translation>Patterson 2021（GPT-3 数据中心），2020：Patterson 等 2021，'Carbon Emissions and Large Neural Network Training'（arXiv:2104.10350），表 4：GPT-3 在微软数据中心训练，0.429 kg CO2e/kWh（论文采用的美国平均电力结构）；1,287 MWh × 0.429 = 552 tCO2e</translation>
    </message>
    <message>
      <source>Touvron 2023 LLaMA (US national average), 2022: Touvron et al. 2023, 'LLaMA: Open and Efficient Foundation Language Models' (arXiv:2302.13971), Section 6 / Table 15: 'US national average carbon intensity factor of 0.385 kg CO2eq/KWh', tCO2eq = MWh x 0.385</source>
      <translation>Touvron 2023 LLaMA（美国全国平均），2022：Touvron 等 2023，'LLaMA: Open and Efficient Foundation Language Models'（arXiv:2302.13971），第 6 节 / 表 15：美国全国平均碳强度系数 0.385 kg CO2eq/kWh，tCO2eq = MWh × 0.385</translation>
    </message>
    <message>
      <source>Llama 2 paper (implied factor), 2023: Derived from Touvron et al. 2023b, 'Llama 2' (arXiv:2307.09288) Table 2: e.g. 70B 1,720,320 GPU-hours x 0.400 kW = 688.1 MWh -&gt; 291.42 tCO2eq, i.e. 0.4235 kg/kWh; 34B at 350 W gives the same ratio</source>
      <translation>Llama 2 论文（隐含系数），2023：由 Touvron 等 2023b，'Llama 2'（arXiv:2307.09288）表 2 推算：例如 70B 1,720,320 GPU 小时 × 0.400 kW = 688.1 MWh -&gt; 291.42 tCO2eq，即 0.4235 kg/kWh；34B 按 350 W 计算比例相同</translation>
    </message>
    <message>
      <source>DoRA magnitude d_out each</source>
      <translation>DoRA 幅值，每个矩阵 d_out 个</translation>
    </message>
    <message>
      <source>trainable copies of the embeddings and the output head</source>
      <translation>嵌入层和输出头的可训练副本</translation>
    </message>
    <message>
      <source> x expert parallel {ep}</source>
      <translation> × 专家并行 {ep}</translation>
    </message>
    <message>
      <source> + expert dispatch and combine all-to-alls per MoE layer among {ep} groups</source>
      <translation> + 每个 MoE 层在 {ep} 个组之间做专家分发与合并的 all-to-all</translation>
    </message>
    <message>
      <source>context parallel</source>
      <translation>上下文并行</translation>
    </message>
    <message>
      <source>network</source>
      <translation>节点间网络</translation>
    </message>
    <message>
      <source>no layout fits</source>
      <translation>没有放得下的布局</translation>
    </message>
    <message>
      <source>{layout}: MFU {mfu}, {memory} per GPU, does not fit</source>
      <translation>{layout}：MFU {mfu}，每 GPU {memory}，放不下</translation>
    </message>
    <message>
      <source>tensor parallel {tp}</source>
      <translation>张量并行 {tp}</translation>
    </message>
    <message>
      <source>no efficiency figures for the generation of {gpu}; Hopper's are used</source>
      <translation>没有 {gpu} 这一代的效率数据；使用 Hopper 的数据</translation>
    </message>
    <message>
      <source>the model the config describes</source>
      <translation>config 所描述的模型</translation>
    </message>
    <message>
      <source>multi-token prediction (layers past num_hidden_layers, or mtp.* tensors)</source>
      <translation>多词元预测（num_hidden_layers 之后的层，或 mtp.* 张量）</translation>
    </message>
    <message>
      <source>output head stored although it is tied to the embeddings</source>
      <translation>已与嵌入共享却仍另存的输出头</translation>
    </message>
    <message>
      <source>quantisation scales and zero points</source>
      <translation>量化缩放因子与零点</translation>
    </message>
    <message>
      <source>Training days vs GPU count</source>
      <translation>训练天数与 GPU 数</translation>
    </message>
    <message>
      <source>Training time (days)</source>
      <translation>训练时间（天）</translation>
    </message>
    <message>
      <source>Each point: the fastest layout the planner finds for that many GPUs. Shaded: no layout fits in memory or splits the batch.</source>
      <translation>每个点：规划器在该 GPU 数下找到的最快布局。阴影：没有布局能放进显存或拆分该批次。</translation>
    </message>
  </context>
</TS>
