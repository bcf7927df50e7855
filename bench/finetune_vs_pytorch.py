"""Measure what PyTorch + peft really hold for one LoRA / DoRA / QLoRA / freeze fine-tuning step, and compare with
model.serve.finetune.

Development only; needs torch, transformers, peft and (for QLoRA) bitsandbytes, e.g.

    /work/devtorch15/bin/python bench/finetune_vs_pytorch.py            # rebuild tests/data/finetune_measured.json
    /work/devtorch15/bin/python bench/finetune_vs_pytorch.py --table-only

It reuses the measuring machinery of bench/memory_vs_pytorch.py (the same SavedRecorder, the same byte counting:
each storage once).  Small LLaMA- and Qwen2-like models are built in bf16 (torch_dtype=bfloat16, no autocast, as
a LoRA run on a bf16 base is set up), peft adapters are added with peft's defaults (lora_dropout 0,
autocast_adapter_dtype=True: adapters in fp32), QLoRA loads the saved model with bitsandbytes NF4 (double
quantisation, bf16 compute) and calls peft.prepare_model_for_kbit_training.  Per case, exactly:
  parameters       every parameter storage, plus the NF4 quantisation state (absmax, nested absmax, codes, offset)
  trainable        sum(p.numel()) of parameters with requires_grad (what peft's print_trainable_parameters prints)
  gradients        p.grad after backward
  optimizer_state  every tensor in the optimizer state after one step (torch AdamW, or bitsandbytes AdamW8bit, over
                   the trainable parameters)
  saved_activations  tensors autograd saved during forward + loss (parameter storages excluded); with gradient
                   checkpointing, recompute_one_layer = the largest per-block saved bytes of the same model without it
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import torch  # noqa: E402
import transformers  # noqa: E402
from memory_vs_pytorch import SavedRecorder, collect_tensors, storages_bytes  # noqa: E402
from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM  # noqa: E402

from model.design.design import Design  # noqa: E402
from model.design.hf_config import architecture_from_config  # noqa: E402
from model.design.params import count_parameters  # noqa: E402
from model.estimate.workload import Workload  # noqa: E402

OUT = ROOT / "tests" / "data" / "finetune_measured.json"
transformers.logging.set_verbosity_error()
torch.set_num_threads(2)

SIZES = {
    "llama": {
        "M": dict(vocab_size=499, hidden_size=128, intermediate_size=352, num_hidden_layers=2, num_attention_heads=4,
                  num_key_value_heads=2, max_position_embeddings=256, tie_word_embeddings=False),
        "L": dict(vocab_size=997, hidden_size=256, intermediate_size=688, num_hidden_layers=4, num_attention_heads=8,
                  num_key_value_heads=2, max_position_embeddings=512, tie_word_embeddings=False),
        "H": dict(vocab_size=613, hidden_size=224, intermediate_size=608, num_hidden_layers=3, num_attention_heads=7,
                  num_key_value_heads=1, max_position_embeddings=384, tie_word_embeddings=False),
    },
    "qwen2": {
        "M": dict(vocab_size=613, hidden_size=128, intermediate_size=384, num_hidden_layers=2, num_attention_heads=4,
                  num_key_value_heads=2, max_position_embeddings=256, tie_word_embeddings=True),
        "L": dict(vocab_size=751, hidden_size=192, intermediate_size=512, num_hidden_layers=3, num_attention_heads=6,
                  num_key_value_heads=1, max_position_embeddings=256, tie_word_embeddings=False),
        "H": dict(vocab_size=587, hidden_size=160, intermediate_size=448, num_hidden_layers=2, num_attention_heads=5,
                  num_key_value_heads=5, max_position_embeddings=256, tie_word_embeddings=False),
    },
}
CLASSES = {"llama": (LlamaConfig, LlamaForCausalLM), "qwen2": (Qwen2Config, Qwen2ForCausalLM)}
LABEL = {"llama": "LLaMA-like", "qwen2": "Qwen2-like"}
PEFT_TARGETS = {"q_v": ["q_proj", "v_proj"], "attention": ["q_proj", "k_proj", "v_proj", "o_proj"],
                "mlp": ["gate_proj", "up_proj", "down_proj"], "all_linear": "all-linear"}


def case(family, size, b, s, method="lora", targets="all_linear", rank=8, variant="lora", embeddings=False, gc=False,
         optimizer="adamw", layers=1):
    return dict(family=family, size=size, batch=b, seq=s, method=method, targets=targets, rank=rank, variant=variant,
                embeddings=embeddings, gc=gc, optimizer=optimizer, trainable_layers=layers)


def case_list(qlora: bool) -> list[dict]:
    cases = [
        case("llama", "M", 2, 64, targets="q_v"),
        case("llama", "M", 2, 64),
        case("llama", "M", 2, 128, gc=True),
        case("llama", "M", 2, 64, variant="dora"),
        case("llama", "M", 2, 64, embeddings=True),
        case("llama", "L", 1, 128, targets="attention", rank=16),
        case("llama", "L", 2, 96, targets="mlp", gc=True),
        case("llama", "M", 2, 64, method="freeze", layers=1),
        case("qwen2", "M", 2, 64),
        case("qwen2", "M", 2, 96, targets="mlp", gc=True),
        case("qwen2", "L", 2, 64, targets="q_v", variant="dora", rank=4),
        case("qwen2", "L", 1, 128, method="freeze", layers=2),
        case("llama", "M", 2, 64, rank=64, optimizer="adamw-8bit"),
    ]
    if qlora:
        cases += [
            case("llama", "M", 2, 64, method="qlora"),
            case("llama", "L", 1, 128, method="qlora", gc=True, rank=16),
            case("qwen2", "M", 2, 64, method="qlora", targets="attention"),
            case("qwen2", "L", 2, 64, method="qlora", gc=True),
            case("qwen2", "M", 2, 64, method="qlora", rank=32, optimizer="adamw-8bit"),
        ]
    # Held out: new shapes (MQA, MHA, odd widths), measured after the formulas of model/serve/finetune.py were frozen.
    cases += [
        case("llama", "H", 3, 80, rank=12),
        case("llama", "H", 2, 64, targets="attention", variant="dora", gc=True),
        case("qwen2", "H", 2, 64, method="freeze", layers=1),
    ]
    if qlora:
        cases.append(case("qwen2", "H", 2, 96, method="qlora", targets="q_v"))
    for i, c in enumerate(cases):
        c["held_out"] = c["size"] == "H"
        parts = [c["family"], c["size"], c["method"], f"b{c['batch']}", f"s{c['seq']}"]
        if c["method"] in ("lora", "qlora"):
            parts += [c["targets"], f"r{c['rank']}"] + (["dora"] if c["variant"] == "dora" else []) + (["embeddings"] if c["embeddings"] else [])
        else:
            parts.append(f"last{c['trainable_layers']}")
        if c["gc"]:
            parts.append("checkpointing")
        if c["optimizer"] != "adamw":
            parts.append(c["optimizer"])
        c["id"] = f"{i:02d}-" + "-".join(parts)
    return cases


def hf_config(c):
    cls, _ = CLASSES[c["family"]]
    return cls(**SIZES[c["family"]][c["size"]], bos_token_id=0, eos_token_id=1, pad_token_id=0)


def build(c, cfg):
    _, model_cls = CLASSES[c["family"]]
    torch.manual_seed(0)
    model = model_cls._from_config(cfg, attn_implementation="sdpa", dtype=torch.bfloat16)
    if c["method"] == "qlora":
        from peft import prepare_model_for_kbit_training
        from transformers import BitsAndBytesConfig

        with tempfile.TemporaryDirectory() as tmp:
            model.save_pretrained(tmp)
            q = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                                   bnb_4bit_compute_dtype=torch.bfloat16)
            model = model_cls.from_pretrained(tmp, quantization_config=q, device_map="cpu", dtype=torch.bfloat16,
                                              attn_implementation="sdpa")
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=c["gc"],
                                                gradient_checkpointing_kwargs={"use_reentrant": True})
    elif c["gc"]:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": True})
        model.enable_input_require_grads()
    if c["method"] in ("lora", "qlora"):
        from peft import LoraConfig, get_peft_model

        lc = LoraConfig(r=c["rank"], lora_alpha=2 * c["rank"], target_modules=PEFT_TARGETS[c["targets"]],
                        use_dora=c["variant"] == "dora", task_type="CAUSAL_LM",
                        modules_to_save=["embed_tokens", "lm_head"] if c["embeddings"] else None)
        model = get_peft_model(model, lc)
    elif c["method"] == "freeze":
        # LLaMA-Factory's freeze tuning: only the last N decoder layers train.
        n = cfg.num_hidden_layers
        keep = {f"layers.{i}." for i in range(n - c["trainable_layers"], n)}
        for name, p in model.named_parameters():
            p.requires_grad_(any(k in name for k in keep))
    model.train()
    return model


def parameter_bytes(model) -> int:
    tensors = []
    for p in model.parameters():
        tensors.append(p)
        if hasattr(p, "quant_state") and p.quant_state is not None:
            collect_tensors(p.quant_state, tensors)
    return storages_bytes(tensors)


def saved(model, inputs, vocab):
    rec = SavedRecorder(model, vocab)
    try:
        with torch.autograd.graph.saved_tensors_hooks(rec.pack, rec.unpack):
            loss = model(**inputs, use_cache=False).loss
    finally:
        rec.close()
    return loss, rec.summary()


def measure(c):
    cfg = hf_config(c)
    arch = architecture_from_config(cfg.to_dict())
    g = torch.Generator().manual_seed(1)
    x = torch.randint(2, cfg.vocab_size, (c["batch"], c["seq"]), generator=g)
    inputs = dict(input_ids=x, labels=x.clone())
    one_layer = None
    if c["gc"]:
        plain = build(dict(c, gc=False), cfg)
        loss0, summary0 = saved(plain, inputs, cfg.vocab_size)
        one_layer = max(summary0["saved_per_layer"].values())
        del plain, loss0
    model = build(c, cfg)
    n_all = sum(p.numel() for p in model.parameters())
    loss, summary = saved(model, inputs, cfg.vocab_size)
    loss.backward()
    trainable = [p for p in model.parameters() if p.requires_grad]
    if c["optimizer"] == "adamw-8bit":
        import bitsandbytes as bnb

        opt = bnb.optim.AdamW8bit(trainable, lr=1e-4)  # 8-bit states for tensors of 4,096 elements or more
    else:
        opt = torch.optim.AdamW(trainable, lr=1e-4)
    opt.step()
    state = []
    for s in opt.state.values():
        collect_tensors(s, state)
    measured = dict(
        parameters=parameter_bytes(model),
        trainable_params=sum(p.numel() for p in trainable),
        trainable_tensors=len(trainable),
        parameter_numel=n_all,
        gradients=storages_bytes([p.grad for p in trainable]),
        optimizer_state=storages_bytes(state),
        saved_activations=summary["saved_activations"],
        logits_and_loss=summary["logits_and_loss"],
        saved_in_layers=summary["saved_in_layers"],
        saved_outside_layers=summary["saved_outside_layers"],
        recompute_one_layer=one_layer,
    )
    wl = Workload(n_gpus=1, tensor_parallel=1, pipeline_parallel=1, zero_stage=0, runtime_overhead_gib=0.0, precision="bf16",
                  finetune_method=c["method"], lora_rank=c["rank"], lora_targets=c["targets"], lora_variant=c["variant"],
                  lora_trainable_embeddings=c["embeddings"], gradient_checkpointing=c["gc"], finetune_optimizer=c["optimizer"],
                  finetune_trainable_layers=c["trainable_layers"], finetune_batch=c["batch"], finetune_seq_len=c["seq"])
    assert count_parameters(arch).total == sum(p.numel() for n, p in model.named_parameters() if "lora_" not in n
                                                and "modules_to_save" not in n) or c["method"] == "qlora"
    return Design(name=c["id"], architecture=arch, workload=wl), measured


def print_table(cases):
    from model.serve.finetune import finetune_memory

    print(f"{'case':<58} {'measured':>10} {'estimate':>10} {'err%':>7} | {'act meas':>9} {'act est':>9} {'err%':>7}")
    for case_ in cases:
        d = Design.model_validate(case_["design"])
        est = finetune_memory(d.architecture, count_parameters(d.architecture), d.workload)
        m = case_["measured"]
        act = m["saved_activations"] + (m["recompute_one_layer"] or 0)
        meas = m["parameters"] + m["gradients"] + m["optimizer_state"] + act
        tot = est.total - est.overhead
        print(f"{case_['id']:<58} {meas:>10.0f} {tot:>10.0f} {100 * (tot - meas) / meas:>+7.1f} | {act:>9.0f} "
              f"{est.activations:>9.0f} {100 * (est.activations - act) / act:>+7.1f}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="run only cases whose id contains this text (does not write the JSON)")
    ap.add_argument("--table-only", action="store_true")
    ap.add_argument("--no-qlora", action="store_true", help="skip the bitsandbytes cases")
    args = ap.parse_args(argv)
    if args.table_only:
        print_table(json.loads(OUT.read_text(encoding="utf-8"))["cases"])
        return
    out = []
    for c in case_list(not args.no_qlora):
        if args.only and args.only not in c["id"]:
            continue
        t0 = time.perf_counter()
        design, measured = measure(c)
        out.append(dict(id=c["id"], family=LABEL[c["family"]], method=c["method"], held_out=c["held_out"], design=design.model_dump(mode="json"),
                        measured=measured))
        print(f"  measured {c['id']} in {time.perf_counter() - t0:.1f} s: {measured}", file=sys.stderr)
    if not args.only:
        import peft

        versions = dict(torch=torch.__version__, transformers=transformers.__version__, peft=peft.__version__)
        try:
            import bitsandbytes

            versions["bitsandbytes"] = bitsandbytes.__version__
        except ImportError:
            pass
        OUT.write_text(json.dumps(dict(about=__doc__, versions=versions, cases=out), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {len(out)} cases to {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
