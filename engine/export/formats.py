"""One label writer per metadata format: what a chip's label file holds and its map.txt line."""

import os

from lxml import etree

from ..raster_io import CHIP_FORMATS, write_chip


class LabelWriter:
    """Base: a format without labels (Export_Tiles). ``label`` is what the exporter computed."""

    needs_labels = False
    vector_only = False
    by_pixels = False

    def __init__(self, image_chip_format):
        self.image_ext = CHIP_FORMATS[image_chip_format][1]

    def write(self, staging, name, label, chip):
        """Write the label of chip ``name`` under ``staging``; return its relative path or None."""
        return None

    def map_paths(self, name, label_path):
        image = f"images/{name}.{self.image_ext}"
        return [image] if label_path is None else [image, label_path]


class KittiWriter(LabelWriter):
    """``labels/<name>.txt``: 15 columns per object, class value first, box in columns 5–8."""

    needs_labels = vector_only = True

    def write(self, staging, name, label, chip):
        rel = f"labels/{name}.txt"
        with open(os.path.join(staging, rel), "w", encoding="utf-8", newline="\n") as f:
            for value, (left, top, right, bottom) in label.boxes:
                f.write(f"{value} 0.00 0 0.00 {left:.2f} {top:.2f} {right:.2f} {bottom:.2f} "
                        "0.00 0.00 0.00 0.00 0.00 0.00 0.00\n")
        return rel


class PascalVocWriter(LabelWriter):
    """``labels/<name>.xml``: ``<object><name>`` holds the class *value*, boxes with 2 decimals."""

    needs_labels = vector_only = True

    def write(self, staging, name, label, chip):
        rel = f"labels/{name}.xml"
        root = etree.Element("annotation")
        etree.SubElement(root, "filename").text = f"{name}.{self.image_ext}"
        source = etree.SubElement(root, "source")
        etree.SubElement(source, "annotation").text = "Pixelwise"
        size = etree.SubElement(root, "size")
        etree.SubElement(size, "width").text = str(chip.width)
        etree.SubElement(size, "height").text = str(chip.height)
        etree.SubElement(size, "depth").text = str(chip.depth)
        for value, box in label.boxes:
            obj = etree.SubElement(root, "object")
            etree.SubElement(obj, "name").text = str(value)
            bndbox = etree.SubElement(obj, "bndbox")
            for tag, coord in zip(("xmin", "ymin", "xmax", "ymax"), box, strict=False):
                etree.SubElement(bndbox, tag).text = f"{coord:.2f}"
        etree.indent(root, space="    ")
        # Plain UTF-8, no BOM, declaration at the very start (ArcGIS readers choke otherwise).
        data = b'<?xml version="1.0"?>\n' + etree.tostring(root, encoding="utf-8") + b"\n"
        with open(os.path.join(staging, rel), "wb") as f:
            f.write(data)
        return rel


class ClassifiedTilesWriter(LabelWriter):
    """``labels/<name>.<ext>``: single-band class raster on the chip's grid; JPEG chips get PNG labels
    because a lossy label corrupts classes."""

    needs_labels = True
    by_pixels = True

    def __init__(self, image_chip_format):
        super().__init__(image_chip_format)
        self.label_format = "PNG" if image_chip_format == "JPEG" else image_chip_format

    def write(self, staging, name, label, chip):
        stem = os.path.join(staging, "labels", name)
        path = write_chip(stem, label.classes[None], self.label_format, chip.transform, chip.crs,
                          colormap=label.colormap)
        return f"labels/{os.path.basename(path)}"


WRITERS = {
    "KITTI_rectangles": KittiWriter,
    "PASCAL_VOC_rectangles": PascalVocWriter,
    "Classified_Tiles": ClassifiedTilesWriter,
    "Export_Tiles": LabelWriter,
}
