"""One label writer per metadata format: which labels a chip needs, the files that hold them and
the entries of its map.txt line.

A writer is told the class list before the run (:meth:`LabelWriter.set_classes`); ``write`` runs on
worker threads, one call per chip; ``finish`` writes whole-folder files (COCO, YOLO) at the end.
"""

import json
import os
import re
import threading

from lxml import etree

from ..raster_io import CHIP_FORMATS, write_chip

COCO_FILE = "annotations.json"
YOLO_FILE = "data.yaml"


# Characters JSON leaves as they are but YAML does not print (DEL, C1 controls) or reads as line breaks
# (NEL, LS, PS), and the BOM, which YAML readers may drop: written as escapes, which YAML reads back.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


def _yaml_string(text):
    """``text`` as a YAML double-quoted scalar: a JSON string (any JSON string is one), with the characters
    YAML readers refuse or fold escaped too."""
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def safe_name(name):
    """A class name usable as one folder name on every file system (``a/b`` → ``a_b``) and in map.txt,
    whose columns are separated by whitespace (``a b`` → ``a_b``)."""
    cleaned = re.sub(r"[^\w.\-]", "_", str(name).strip()).strip(".")
    return cleaned or "_"


def class_folders(names):
    """Folder name per class value: :func:`safe_name` of its name; a class whose folder would clash
    (compared case-insensitively, as on Windows and macOS) with one of a lower value gets ``_<value>``
    appended (``a b`` and ``a_b`` → ``a_b`` and ``a_b_2``). Depends only on the class list, so an append
    with the same classes uses the same folders."""
    folders, taken = {}, set()
    for value in sorted(names):
        folder = safe_name(names[value])
        if folder.casefold() in taken:
            folder = f"{folder}_{value}"
        taken.add(folder.casefold())
        folders[value] = folder
    return folders


class LabelWriter:
    """Base: a format without labels (Export_Tiles, CycleGAN). ``label`` is what the exporter computed.

    Class attributes say what the exporter must compute: ``needs_labels`` (IN_CLASS_DATA required),
    ``vector_only`` (polygons/points only), ``by_pixels`` (class raster per chip), ``per_feature``
    (one chip per feature), ``instances`` (instance masks), ``outlines`` (clipped polygons).
    """

    needs_labels = False
    vector_only = False
    by_pixels = False
    per_feature = False
    instances = False
    outlines = False
    # Files at the top of the folder this format writes besides the ArcGIS ones (replaced on append).
    extra_files = ()
    # Folder of per-chip label files, created before the run (None: the format writes none there).
    label_dir = None

    def __init__(self, image_chip_format):
        self.image_ext = CHIP_FORMATS[image_chip_format][1]
        self.label_format = "PNG" if image_chip_format == "JPEG" else image_chip_format
        self.names = {}
        self.instance_names = {}
        self.folders = {}
        self.instance_folders = {}

    def set_classes(self, classes, instance_classes=()):
        self.names = {c.value: c.name for c in classes}
        self.instance_names = {c.value: c.name for c in instance_classes}
        self.folders = class_folders(self.names)
        self.instance_folders = class_folders(self.instance_names)

    def name_of(self, value):
        return self.names.get(value, str(value))

    def image_dir(self, label):
        """Folder (relative) of a chip's image."""
        return "images"

    def keeps(self, label):
        """Whether a chip with this label is written when only chips with features are kept."""
        return label.has_features

    def write(self, staging, name, label, chip):
        """Write the label files of chip ``name`` under ``staging``; return their relative paths."""
        return []

    def finish(self, staging, earlier_folder):
        """Write whole-folder files once every chip is written (``earlier_folder`` when appending)."""

    def part_state(self):
        """What :meth:`finish` needs from the chips of one part of a run (JSON-able), or ``None``."""
        return None

    def add_part_state(self, state):
        """Take in :meth:`part_state` of a part, parts in chip order."""


def _write_masks(staging, top, folders, name, masks, fmt, chip):
    """One instance mask per class value under ``<top>/<class folder>/``; return the relative paths."""
    paths = []
    for value in sorted(masks):
        folder = f"{top}/{folders.get(value) or safe_name(str(value))}"
        os.makedirs(os.path.join(staging, folder), exist_ok=True)
        path = write_chip(os.path.join(staging, folder, name), masks[value][None], fmt, chip.transform,
                          chip.crs)
        paths.append(f"{folder}/{os.path.basename(path)}")
    return paths


def _pascal_xml(filename, chip, objects):
    """PASCAL VOC annotation as ArcGIS writes it: ``objects`` = [(name text, box or None)]."""
    root = etree.Element("annotation")
    etree.SubElement(root, "filename").text = filename
    source = etree.SubElement(root, "source")
    etree.SubElement(source, "annotation").text = "Pixelwise"
    size = etree.SubElement(root, "size")
    etree.SubElement(size, "width").text = str(chip.width)
    etree.SubElement(size, "height").text = str(chip.height)
    etree.SubElement(size, "depth").text = str(chip.depth)
    for text, box in objects:
        obj = etree.SubElement(root, "object")
        etree.SubElement(obj, "name").text = text
        if box is not None:
            bndbox = etree.SubElement(obj, "bndbox")
            for tag, coord in zip(("xmin", "ymin", "xmax", "ymax"), box, strict=True):
                etree.SubElement(bndbox, tag).text = f"{coord:.2f}"
    etree.indent(root, space="    ")
    # Plain UTF-8, no BOM, declaration at the very start (ArcGIS readers choke otherwise).
    return b'<?xml version="1.0"?>\n' + etree.tostring(root, encoding="utf-8") + b"\n"


def _write_bytes(staging, rel, data):
    with open(os.path.join(staging, rel), "wb") as f:
        f.write(data)
    return [rel]


class KittiWriter(LabelWriter):
    """``labels/<name>.txt``: 15 columns per object, class value first, box in columns 5–8."""

    label_dir = "labels"

    needs_labels = vector_only = True

    def write(self, staging, name, label, chip):
        rel = f"labels/{name}.txt"
        lines = [f"{value} 0.00 0 0.00 {left:.2f} {top:.2f} {right:.2f} {bottom:.2f} "
                 "0.00 0.00 0.00 0.00 0.00 0.00 0.00\n" for value, (left, top, right, bottom) in label.boxes]
        return _write_bytes(staging, rel, "".join(lines).encode("utf-8"))


class PascalVocWriter(LabelWriter):
    """``labels/<name>.xml``: ``<object><name>`` holds the class *value*, boxes with 2 decimals."""

    label_dir = "labels"

    needs_labels = vector_only = True

    def write(self, staging, name, label, chip):
        objects = [(str(value), box) for value, box in label.boxes]
        return _write_bytes(staging, f"labels/{name}.xml",
                            _pascal_xml(f"{name}.{self.image_ext}", chip, objects))


class ClassifiedTilesWriter(LabelWriter):
    """``labels/<name>.<ext>``: single-band class raster on the chip's grid; JPEG chips get PNG labels
    because a lossy label corrupts classes."""

    label_dir = "labels"

    needs_labels = True
    by_pixels = True

    def write(self, staging, name, label, chip):
        stem = os.path.join(staging, "labels", name)
        path = write_chip(stem, label.classes[None], self.label_format, chip.transform, chip.crs,
                          colormap=label.colormap)
        return [f"labels/{os.path.basename(path)}"]


class RcnnMasksWriter(LabelWriter):
    """``labels/<class name>/<name>.<ext>``: per class, 0 = background and 1…k the instances."""

    label_dir = "labels"

    needs_labels = vector_only = instances = True

    def keeps(self, label):
        return bool(label.instances)  # arcgis.learn drops chips without a mask

    def write(self, staging, name, label, chip):
        return _write_masks(staging, "labels", self.folders, name, label.instances, self.label_format, chip)


class LabeledTilesWriter(LabelWriter):
    """``labels/<name>.xml`` (PASCAL form) holding the one feature the chip is centred on."""

    label_dir = "labels"

    needs_labels = vector_only = per_feature = True

    def write(self, staging, name, label, chip):
        value, box = label.feature
        return _write_bytes(staging, f"labels/{name}.xml",
                            _pascal_xml(f"{name}.{self.image_ext}", chip, [(str(value), box)]))


class ImagenetWriter(LabelWriter):
    """Per-feature chips in ``images/<class name>/``: the folder is the label."""

    needs_labels = vector_only = per_feature = True

    def image_dir(self, label):
        value = label.feature[0]
        return f"images/{self.folders.get(value) or safe_name(str(value))}"


class MultiLabeledTilesWriter(LabelWriter):
    """``labels/<name>.xml`` with one ``<object><name>``: the comma-separated names of every class in
    the chip (ordered by class value)."""

    label_dir = "labels"

    needs_labels = True

    def write(self, staging, name, label, chip):
        names = ",".join(self.name_of(v) for v in sorted(label.per_class))
        return _write_bytes(staging, f"labels/{name}.xml",
                            _pascal_xml(f"{name}.{self.image_ext}", chip, [(names, None)]))


class PanopticWriter(ClassifiedTilesWriter):
    """Classified_Tiles' class raster in ``labels/`` plus instance masks from IN_INSTANCE_DATA in
    ``labels2/<instance class name>/``."""

    instances = True

    def keeps(self, label):
        return label.has_features or bool(label.instances)

    def write(self, staging, name, label, chip):
        paths = super().write(staging, name, label, chip)
        return paths + _write_masks(staging, "labels2", self.instance_folders, name, label.instances or {},
                                    self.label_format, chip)


class CocoWriter(LabelWriter):
    """One ``annotations.json`` for the folder: an image per chip, an annotation per (feature ∩ chip)
    with its clipped outline as segmentation, category id = class value."""

    needs_labels = vector_only = outlines = True
    extra_files = (COCO_FILE,)

    def __init__(self, image_chip_format):
        super().__init__(image_chip_format)
        self._lock = threading.Lock()
        self._chips = []

    def write(self, staging, name, label, chip):
        anns = []
        for value, rings, area in label.outlines:
            flat = [[round(float(v), 2) for v in ring.reshape(-1)] for ring in rings]
            xs = [v for ring in rings for v in ring[:, 0]]
            ys = [v for ring in rings for v in ring[:, 1]]
            x0, y0 = min(xs), min(ys)
            bbox = [round(float(x0), 2), round(float(y0), 2), round(float(max(xs) - x0), 2),
                    round(float(max(ys) - y0), 2)]
            anns.append({"category_id": int(value), "segmentation": flat, "area": round(float(area), 2),
                         "bbox": bbox, "iscrowd": 0})
        image = {"id": chip.index, "file_name": f"images/{name}.{self.image_ext}", "width": chip.width,
                 "height": chip.height}
        with self._lock:
            self._chips.append((chip.index, image, anns))
        return []

    def part_state(self):
        return sorted(self._chips, key=lambda c: c[0])

    def add_part_state(self, state):
        self._chips.extend(tuple(c) for c in state)

    def finish(self, staging, earlier_folder):
        doc = {"info": {"description": "Pixelwise training data export", "version": "1.0"},
               "licenses": [], "images": [], "annotations": [], "categories": []}
        if earlier_folder:
            with open(os.path.join(earlier_folder, COCO_FILE), encoding="utf-8") as f:
                doc = json.load(f)
        next_id = max((a["id"] for a in doc["annotations"]), default=0) + 1
        for _index, image, anns in sorted(self._chips, key=lambda c: c[0]):
            doc["images"].append(image)
            for ann in anns:
                doc["annotations"].append({"id": next_id, "image_id": image["id"], **ann})
                next_id += 1
        doc["categories"] = [{"id": v, "name": n, "supercategory": "none"}
                             for v, n in sorted(self.names.items())]
        with open(os.path.join(staging, COCO_FILE), "w", encoding="utf-8", newline="\n") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)


class YoloWriter(LabelWriter):
    """``labels/<name>.txt``: ``class cx cy w h`` normalised to 0–1, class = position in ``data.yaml``'s
    names (classes ordered by value)."""

    label_dir = "labels"

    needs_labels = vector_only = True
    extra_files = (YOLO_FILE,)

    def set_classes(self, classes, instance_classes=()):
        super().set_classes(classes, instance_classes)
        self.order = {v: k for k, v in enumerate(sorted(self.names))}

    def write(self, staging, name, label, chip):
        lines = []
        for value, (left, top, right, bottom) in label.boxes:
            cx, cy = (left + right) / 2.0 / chip.width, (top + bottom) / 2.0 / chip.height
            w, h = (right - left) / chip.width, (bottom - top) / chip.height
            lines.append(f"{self.order[value]} {cx:.6f} {cy:.6f} {w:.6f} {h:.6f}\n")
        return _write_bytes(staging, f"labels/{name}.txt", "".join(lines).encode("utf-8"))

    def finish(self, staging, earlier_folder):
        names = [self.names[v] for v in sorted(self.names)]
        text = ("# YOLO dataset written by Pixelwise (class ids = positions in names)\n"
                "path: .\ntrain: images\nval: images\n"
                f"nc: {len(names)}\nnames: [{', '.join(_yaml_string(n) for n in names)}]\n")
        with open(os.path.join(staging, YOLO_FILE), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


WRITERS = {
    "KITTI_rectangles": KittiWriter,
    "PASCAL_VOC_rectangles": PascalVocWriter,
    "Classified_Tiles": ClassifiedTilesWriter,
    "RCNN_Masks": RcnnMasksWriter,
    "Labeled_Tiles": LabeledTilesWriter,
    "MultiLabeled_Tiles": MultiLabeledTilesWriter,
    "Export_Tiles": LabelWriter,
    "CycleGAN": LabelWriter,
    "Imagenet": ImagenetWriter,
    "Panoptic_Segmentation": PanopticWriter,
    "COCO": CocoWriter,
    "YOLO": YoloWriter,
}
