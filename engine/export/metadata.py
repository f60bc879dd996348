"""Statistics of an export and the ArcGIS metadata files that carry them (spec §2.4–§2.7).

Every accumulator can be rebuilt from the JSON it writes, so an export appended to an earlier one
merges its statistics exactly instead of recomputing them from the chips on disk.
"""

import math

import numpy as np

from ..classes import ClassInfo

WELL_KNOWN_BAND_NAMES_KEY = "WellKnownBandNames (FYI, these band names can be used in ExtractBands)"
WELL_KNOWN_BAND_NAMES = [
    "Red", "Green", "Blue", "Infrared", "CoastalBlue", "Yellow", "RedEdge", "ShortWaveInfrared",
    "NearInfrared", "NearInfrared_1", "NearInfrared_2", "MidInfrared", "MidInfrared_1", "MidInfrared_2",
    "Thermal", "Thermal_1", "Thermal_2", "Panchromatic", "PseudoRed", "PseudoGreen", "PseudoBlue", "QA",
]
# Pixelwise's own record of how the folder was made, so an append can check it matches.
PIXELWISE_KEY = "PixelwiseExport"


class Aggregate:
    """Min/Max/Sum/Count of a quantity, mergeable; written as {Min, Max, Mean, Sum, Count}."""

    def __init__(self, minimum=math.inf, maximum=-math.inf, total=0.0, count=0):
        self.min, self.max, self.sum, self.count = minimum, maximum, total, count

    def add(self, value):
        self.min, self.max = min(self.min, value), max(self.max, value)
        self.sum += value
        self.count += 1

    def merge(self, other):
        return Aggregate(min(self.min, other.min), max(self.max, other.max),
                         self.sum + other.sum, self.count + other.count)

    def to_json(self):
        if self.count == 0:
            return {"Min": 0, "Max": 0, "Mean": 0, "Sum": 0, "Count": 0}
        return {"Min": _num(self.min), "Max": _num(self.max), "Mean": self.sum / self.count,
                "Sum": _num(self.sum), "Count": self.count}

    @classmethod
    def from_json(cls, d):
        if not d or not d.get("Count"):
            return cls()
        return cls(d["Min"], d["Max"], d["Sum"], d["Count"])


def _num(v):
    v = float(v)
    return int(v) if v.is_integer() else v


def _integer_band(values, n):
    """(mean, M2, min, max) of one band of 8- or 16-bit integers from its histogram: the sums are exact
    integers, so the mean and M2 = (n·Σx² − (Σx)²) / n are the exact figures rounded once."""
    offset = -int(np.iinfo(values.dtype).min)
    counts = np.bincount(values.astype(np.int32) + offset if offset else values)
    present = np.flatnonzero(counts)
    weights, levels = counts[present], present.astype(np.int64) - offset
    s1, s2 = int(np.dot(weights, levels)), int(np.dot(weights, levels * levels))
    return s1 / n, (n * s2 - s1 * s1) / n, float(levels[0]), float(levels[-1])


class BandStats:
    """Running per-band Min/Max/mean/M2 over valid pixels of written chips (Chan et al. merge)."""

    def __init__(self, count):
        self.n = np.zeros(count, dtype=np.float64)
        self.mean = np.zeros(count, dtype=np.float64)
        self.m2 = np.zeros(count, dtype=np.float64)
        self.min = np.full(count, np.inf)
        self.max = np.full(count, -np.inf)

    def update(self, pixels, valid):
        """Add the valid pixels of one chip, ``pixels`` (bands, h, w), ``valid`` (h, w); return the
        chip's own statistics (see :meth:`chip`), or ``None`` when it has no valid pixel."""
        chip = self.chip(pixels, valid)
        if chip is not None:
            self.add(chip)
        return chip

    @staticmethod
    def chip(pixels, valid):
        """One chip's statistics as plain numbers: ``(n, [mean], [M2], [min], [max])`` per band."""
        raw = pixels.reshape(pixels.shape[0], -1) if valid.all() else pixels[:, valid]
        n = raw.shape[1]
        if n == 0:
            return None
        if raw.dtype.kind in "ui" and raw.dtype.itemsize <= 2:
            return (n, *map(list, zip(*(_integer_band(band, n) for band in raw), strict=True)))
        mean_b = raw.astype(np.float64, order="F").mean(axis=1)
        min_b, max_b = raw.min(axis=1).astype(np.float64), raw.max(axis=1).astype(np.float64)
        # Band-interleaved (Fortran order) as ``pixels[:, valid]`` lays it out: the sum along a strided
        # axis adds in another order than along a contiguous one, and M2 must not move in the last bit.
        deviations = raw.astype(np.float64, order="F") - mean_b[:, None]
        np.square(deviations, out=deviations)
        m2_b = deviations.sum(axis=1)
        return n, mean_b.tolist(), m2_b.tolist(), min_b.tolist(), max_b.tolist()

    def add(self, chip):
        """Add one chip's statistics from :meth:`chip`: adding the chips of a run in the same order gives
        the same numbers to the last bit, however the run was split into parts."""
        n_b, mean_b, m2_b, min_b, max_b = chip
        self._combine(n_b, np.asarray(mean_b, np.float64), np.asarray(m2_b, np.float64),
                      np.asarray(min_b, np.float64), np.asarray(max_b, np.float64))

    def _combine(self, n_b, mean_b, m2_b, min_b, max_b):
        n = self.n + n_b
        delta = mean_b - self.mean
        safe = np.where(n > 0, n, 1)
        self.mean = self.mean + delta * n_b / safe
        self.m2 = self.m2 + m2_b + delta ** 2 * self.n * n_b / safe
        self.n = n
        self.min, self.max = np.minimum(self.min, min_b), np.maximum(self.max, max_b)

    def merge(self, other):
        self._combine(other.n, other.mean, other.m2, other.min, other.max)

    def state_json(self):
        """``BandStatsState``: Mean/StdDev left 0 as ArcGIS does; M1 = mean, M2 = Σ squared deviations."""
        return [{"Min": _num(self.min[b]) if self.n[b] else 0, "Max": _num(self.max[b]) if self.n[b] else 0,
                 "Mean": 0, "StdDev": 0, "M1": float(self.mean[b]), "M2": float(self.m2[b]),
                 "Num": int(self.n[b])} for b in range(len(self.n))]

    @classmethod
    def from_state(cls, state):
        stats = cls(len(state))
        for b, s in enumerate(state):
            stats.n[b], stats.mean[b], stats.m2[b] = s["Num"], s["M1"], s["M2"]
            stats.min[b] = s["Min"] if s["Num"] else np.inf
            stats.max[b] = s["Max"] if s["Num"] else -np.inf
        return stats

    def all_tiles_json(self, band_names):
        """EMD ``AllTilesStats``; StdDev is the sample standard deviation √(M2 / (Num − 1))."""
        out = []
        for b, name in enumerate(band_names):
            n = self.n[b]
            std = math.sqrt(self.m2[b] / (n - 1)) if n > 1 else 0.0
            out.append({"BandName": name, "Min": _num(self.min[b]) if n else 0,
                        "Max": _num(self.max[b]) if n else 0, "Mean": float(self.mean[b]), "StdDev": std})
        return out


class ClassStats:
    """Per-chip label statistics: features and feature areas (vector labels) or pixels per class
    (class rasters), kept per class value so that two exports merge by value."""

    def __init__(self, by_pixels):
        self.by_pixels = by_pixels
        self.n_images = 0
        self.images = {}     # value -> chips containing the class
        self.totals = {}     # value -> features (vector) or pixels (raster) over all chips
        self.sizes = {}      # value -> Aggregate of feature area / pixels per chip (present chips only)
        self.per_image = Aggregate()   # features per chip, or classes per chip

    def add_chip(self, per_class):
        """``per_class``: value -> list of feature areas (vector) or pixel count (raster)."""
        self.n_images += 1
        count = 0
        for value, item in per_class.items():
            self.images[value] = self.images.get(value, 0) + 1
            agg = self.sizes.setdefault(value, Aggregate())
            if self.by_pixels:
                self.totals[value] = self.totals.get(value, 0) + int(item)
                agg.add(int(item))
                count += 1
            else:
                self.totals[value] = self.totals.get(value, 0) + len(item)
                for area in item:
                    agg.add(area)
                count += len(item)
        self.per_image.add(count)

    def merge(self, other):
        values = set(self.images) | set(other.images)
        if self.by_pixels:
            # Pixel aggregates span all chips, so pad both sides with their chips lacking the class.
            sizes = {v: self._pixel_agg(v).merge(other._pixel_agg(v)) for v in values}
        else:
            sizes = {v: self.sizes.get(v, Aggregate()).merge(other.sizes.get(v, Aggregate())) for v in values}
        self.n_images += other.n_images
        for value in values:
            self.images[value] = self.images.get(value, 0) + other.images.get(value, 0)
            self.totals[value] = self.totals.get(value, 0) + other.totals.get(value, 0)
        self.sizes = sizes
        self.per_image = self.per_image.merge(other.per_image)

    def _pixel_agg(self, value):
        """Pixels of a class per chip over *all* chips (chips without it count 0), as ArcGIS writes."""
        agg = self.sizes.get(value, Aggregate())
        missing = self.n_images - agg.count
        if missing > 0:
            agg = agg.merge(Aggregate(0, 0, 0, missing))
        return agg

    def to_json(self, classes):
        values = [c.value for c in classes]
        if self.by_pixels:
            return "ClassPixelStats", {
                "NumClasses": len(classes), "NumImagesTotal": self.n_images,
                "NumImagesPerClass": [self.images.get(v, 0) for v in values],
                "NumPixelsPerClass": [self.totals.get(v, 0) for v in values],
                "NumClassesPerImage": self.per_image.to_json(),
                "PixelsPerClass": [self._pixel_agg(v).to_json() for v in values],
            }
        return "FeatureStats", {
            "NumClasses": len(classes), "NumImagesTotal": self.n_images,
            "NumFeaturesTotal": sum(self.totals.values()),
            "NumImagesPerClass": [self.images.get(v, 0) for v in values],
            "NumFeaturesPerClass": [self.totals.get(v, 0) for v in values],
            "NumFeaturesPerImage": self.per_image.to_json(),
            "FeatureAreaPerClass": [self.sizes.get(v, Aggregate()).to_json() for v in values],
        }

    @classmethod
    def from_json(cls, stats, classes):
        by_pixels = "ClassPixelStats" in stats
        block = stats.get("ClassPixelStats") or stats.get("FeatureStats") or {}
        out = cls(by_pixels)
        out.n_images = block.get("NumImagesTotal", 0)
        values = [c.value for c in classes]
        images = block.get("NumImagesPerClass", [])
        totals = block.get("NumPixelsPerClass" if by_pixels else "NumFeaturesPerClass", [])
        sizes = block.get("PixelsPerClass" if by_pixels else "FeatureAreaPerClass", [])
        for k, v in enumerate(values):
            if k < len(images) and images[k]:
                out.images[v] = images[k]
                out.totals[v] = totals[k]
                # For class rasters the stored aggregate already spans every chip.
                out.sizes[v] = Aggregate.from_json(sizes[k])
        out.per_image = Aggregate.from_json(block.get("NumClassesPerImage" if by_pixels
                                                      else "NumFeaturesPerImage"))
        return out


def classes_json(classes, value_key="ClassValue", name_key="ClassName"):
    return [{value_key: c.value, name_key: c.name} for c in classes]


def classes_from_stats(stats, emd):
    """Class list of an earlier export (names from the stats JSON, colours from its EMD)."""
    colors = {c.get("Value"): c.get("Color") for c in (emd or {}).get("Classes", [])}
    out = []
    for c in stats.get("Classes", []):
        color = colors.get(c["ClassValue"])
        color = tuple(color) if color and min(color) >= 0 else None
        out.append(ClassInfo(int(c["ClassValue"]), str(c["ClassName"]), color))
    return tuple(out)


def cell_size_json(res, epsg):
    sr = {"wkid": epsg, "latestWkid": epsg} if epsg else {}
    return {"x": res[0], "y": res[1], "spatialReference": sr}


def stats_json(*, metadata_format, num_bands, tile_x, tile_y, num_tiles, next_index, classes,
               class_stats, band_stats, band_names, cell_size, epsg, pixelwise):
    key, block = class_stats.to_json(classes)
    return {
        "Version": 1,
        "NumBands": num_bands,
        "TileSizeX": tile_x,
        "TileSizeY": tile_y,
        "NumClasses": len(classes),
        "NumTiles": num_tiles,
        "NumTilesAsDouble": float(num_tiles),
        "NextTileIndex": next_index,
        "OutputFeatures": not class_stats.by_pixels,
        "MetaDataMode": metadata_format,
        "MinCellSize": cell_size_json(cell_size, epsg),
        "MaxCellSize": cell_size_json(cell_size, epsg),
        "Classes": classes_json(classes),
        key: block,
        "InputRastersProps": {"RasterCount": 1, "SensorName": "Undefined", "BandNames": band_names},
        "BandStatsState": band_stats.state_json(),
        PIXELWISE_KEY: pixelwise,
    }


def emd_json(*, metadata_format, tile_x, tile_y, classes, band_stats, band_names, cell_size, epsg):
    """The EMD *template* an export writes: placeholders for model keys, real values for data keys."""
    return {
        "Framework": "e.g. TensorFlow or PyTorch",
        "ModelConfiguration": "e.g. ObjectDetectionAPI or DeepLab",
        "ModelType": "e.g. ImageClassification or ObjectDetection",
        "ModelFile": "e.g. .\\frozen_inference_graph.pb",
        "Description": "e.g. This is a model for ...",
        "ImageHeight": tile_y,
        "ImageWidth": tile_x,
        "ExtractBands": "e.g. [0, 1, 2]",
        "DataRange": "e.g. [0, 255] (optional)",
        "ModelPadding": "e.g. 64 (optional)",
        "BatchSize": "e.g. 64 (optional)",
        "PerProcessGPUMemoryFraction": "e.g. 0.8 (optional)",
        "MetaDataMode": metadata_format,
        "ImageSpaceUsed": "MAP_SPACE",
        "BlackenAroundFeature": False,
        "CropTileMode": "Fixed_Size",
        "IsMultidimensional": False,
        "MinCellSize": cell_size_json(cell_size, epsg),
        "MaxCellSize": cell_size_json(cell_size, epsg),
        "InputRastersProps": {"RasterCount": 1, "SensorName": "Undefined", "BandNames": band_names},
        "AllTilesStats": band_stats.all_tiles_json(band_names),
        "Classes": [{"Value": c.value, "Name": c.name, "Color": list(c.color) if c.color else [-1, -1, -1]}
                    for c in classes],
        WELL_KNOWN_BAND_NAMES_KEY: WELL_KNOWN_BAND_NAMES,
    }


STATS_HEADER_FEATURES = ("cls name              cls value     images   features    min size"
                         "   mean size    max size")
STATS_HEADER_PIXELS = ("cls name              cls value     images   pixels      min size"
                       "   mean size    max size")


def stats_txt(*, num_tiles, num_bands, tile_x, tile_y, classes, class_stats):
    """Human-readable summary in ArcGIS's fixed-width layout (never read by arcgis.learn)."""
    per = class_stats.per_image.to_json()
    lines = [f"images = {num_tiles} *{num_bands}*{tile_y}*{tile_x}"]
    if class_stats.by_pixels:
        lines += [f"classes = {len(classes)}",
                  f"classes per image = [min = {per['Min']}, mean = {per['Mean']:.2f}, max = {per['Max']}]",
                  STATS_HEADER_PIXELS]
    else:
        lines += [f"features = {sum(class_stats.totals.values())}",
                  f"features per image = [min = {per['Min']}, mean = {per['Mean']:.2f}, max = {per['Max']}]",
                  f"classes = {len(classes)}", STATS_HEADER_FEATURES]
    for c in classes:
        agg = class_stats._pixel_agg(c.value) if class_stats.by_pixels else \
            class_stats.sizes.get(c.value, Aggregate())
        j = agg.to_json()
        lines.append(f"{c.name[:20]:<20}{c.value:>11}{class_stats.images.get(c.value, 0):>11}"
                     f"{class_stats.totals.get(c.value, 0):>11}"
                     f"{j['Min']:12.2f}{j['Mean']:12.2f}{j['Max']:12.2f}")
    return "\n".join(lines) + "\n"


def map_line(paths):
    """One ``map.txt`` line: Windows separators, one space between columns, trailing space."""
    return " ".join(p.replace("/", "\\") for p in paths) + " \n"
