"""The network (a small U-Net), the device it trains on, and its ONNX export. This is the only module
that imports PyTorch, and only inside functions (the trainer gets the module from
:func:`require_torch`), so that importing the package needs no PyTorch.

U-Net: ``depth`` 2× down-samplings; level ``k`` has ``width · 2^k`` channels, each level two 3×3
convolutions with GroupNorm and ReLU; transposed 2×2 convolutions up, skip connections concatenated;
a 1×1 convolution gives the class logits. GroupNorm rather than BatchNorm: the network computes the
same thing in training and inference, whatever the batch size, and weights that do not change do not
change its output. Chips whose size is not a multiple of ``2^depth`` are padded at the bottom and
right (edge values) inside the network and the logits cropped back, so the model takes and returns
exactly the chip size.
"""

import functools
import inspect
import math
import warnings

from ..errors import InvalidInput

TORCH_INSTALL = "python3 -m pip install torch --extra-index-url https://download.pytorch.org/whl/cpu"
ONNX_OPSET = 17


class TorchMissing(ImportError):
    """PyTorch (or the onnx package its ONNX exporter needs) cannot be imported."""


def require_torch():
    """The ``torch`` module; :class:`TorchMissing` with the install command when it is absent."""
    try:
        import torch
    except ImportError:
        raise TorchMissing("Training needs PyTorch, which this Python cannot import. Install it with "
                           f"'{TORCH_INSTALL}' (a CUDA build from pytorch.org for an NVIDIA GPU).") from None
    return torch


def require_onnx_exporter():
    """Fail before training rather than after it: ``torch.onnx.export`` needs the onnx package."""
    try:
        import onnx  # noqa: F401  (torch.onnx.export imports it; Pixelwise itself never does)
    except ImportError:
        raise TorchMissing("Writing the trained model as ONNX needs the Python package onnx, which this "
                           "Python cannot import. Install it with 'python3 -m pip install onnx'.") from None


def _groups(channels):
    return math.gcd(8, channels)


@functools.lru_cache(maxsize=None)
def _unet_class():
    torch = require_torch()
    nn, functional = torch.nn, torch.nn.functional

    def level(cin, cout):
        return nn.Sequential(
            nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.GroupNorm(_groups(cout), cout), nn.ReLU(),
            nn.Conv2d(cout, cout, 3, padding=1, bias=False), nn.GroupNorm(_groups(cout), cout), nn.ReLU())

    class UNet(nn.Module):
        def __init__(self, bands, channels, width, depth, height, chip_width):
            super().__init__()
            widths = [width * 2 ** k for k in range(depth + 1)]
            step = 2 ** depth
            self.size = (height, chip_width)
            self.pad = (-chip_width % step, -height % step)  # right, bottom
            self.down = nn.ModuleList([level(bands, widths[0])]
                                      + [level(widths[k - 1], widths[k]) for k in range(1, depth + 1)])
            self.up = nn.ModuleList([nn.ConvTranspose2d(widths[k], widths[k - 1], 2, stride=2)
                                     for k in range(depth, 0, -1)])
            self.merge = nn.ModuleList([level(2 * widths[k - 1], widths[k - 1]) for k in range(depth, 0, -1)])
            self.head = nn.Conv2d(widths[0], channels, 1)

        def forward(self, x):
            right, bottom = self.pad
            if right or bottom:
                x = functional.pad(x, (0, right, 0, bottom), mode="replicate")
            skips = []
            for k, block in enumerate(self.down):
                x = block(functional.max_pool2d(x, 2) if k else x)
                skips.append(x)
            skips.pop()
            for up, merge in zip(self.up, self.merge, strict=True):
                x = merge(torch.cat([up(x), skips.pop()], dim=1))
            x = self.head(x)
            if right or bottom:
                x = x[:, :, :self.size[0], :self.size[1]]
            return x

    return UNet


def build_unet(bands, channels, width, depth, height, chip_width):
    """A U-Net taking (N, ``bands``, ``height``, ``chip_width``) and returning (N, ``channels``, same)."""
    if width < 1:
        raise InvalidInput("MODEL_WIDTH", "must be at least 1 (got {width})", "Use 16 for a small model",
                           width=width)
    if depth < 1:
        raise InvalidInput("MODEL_DEPTH", "must be at least 1 (got {depth})", "Use 3 for a small model",
                           depth=depth)
    if min(height, chip_width) < 2 ** depth:
        raise InvalidInput("MODEL_DEPTH", "{depth} down-samplings need chips of at least {pixels} "
                           "pixels; these are {chip_width}×{height}",
                           "Use MODEL_DEPTH {max_depth} or less",
                           depth=depth, pixels=2 ** depth, chip_width=chip_width, height=height,
                           max_depth=max(1, int(math.log2(min(height, chip_width)))))
    return _unet_class()(bands, channels, width, depth, height, chip_width)


def parameter_count(model):
    return sum(p.numel() for p in model.parameters())


def pick_device(processor_type):
    """(torch device, description for the log) for PROCESSOR_TYPE AUTO, CPU or GPU (CUDA)."""
    torch = require_torch()
    cuda = torch.cuda.is_available()
    if processor_type == "GPU" and not cuda:
        raise InvalidInput("PROCESSOR_TYPE", "GPU was chosen but PyTorch {version} sees no CUDA "
                           "GPU",
                           "Install a CUDA build of PyTorch (pytorch.org) and the NVIDIA driver, or choose "
                           "AUTO or CPU", version=torch.__version__)
    if processor_type != "CPU" and cuda:
        name = torch.cuda.get_device_name(0)
        return torch.device("cuda"), f"GPU {name} (CUDA, PyTorch {torch.__version__})"
    return torch.device("cpu"), f"CPU ({torch.get_num_threads()} threads, PyTorch {torch.__version__})"


def export_onnx(model, bands, height, width, path):
    """Write ``model`` (any device; exported from a CPU copy) to ``path`` as ONNX: input ``input``
    (batch, bands, height, width) float32, output ``output`` (batch, classes, height, width) logits,
    the batch axis dynamic, the spatial size fixed."""
    torch = require_torch()
    model = model.to("cpu").eval()
    options = dict(input_names=["input"], output_names=["output"], opset_version=ONNX_OPSET,
                   dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}}, do_constant_folding=True)
    if "dynamo" in inspect.signature(torch.onnx.export).parameters:
        options["dynamo"] = False  # the TorchScript exporter: no onnxscript, no dynamic-shape guards
    with warnings.catch_warnings():
        # Deprecation notices about the TorchScript exporter are for torch's developers, not the log.
        warnings.simplefilter("ignore")
        with torch.no_grad():
            torch.onnx.export(model, torch.zeros(1, bands, height, width), path, **options)
