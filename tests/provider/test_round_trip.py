"""Export → train → classify → assess, all through processing.run, on the New Brunswick aerial tiles:
a U-Net trained on tile 1 classifies tile 2 better than always answering its most common class."""

import csv

import pytest

pytest.importorskip("torch", reason="Train Pixel Classifier needs PyTorch (requirements-dev.txt installs it)")


def test_a_model_trained_on_tile_1_beats_the_majority_class_on_tile_2(processing_run, shared_data, tmp_path):
    folder = shared_data / "nb_aerial_landcover"
    tile1, tile2 = (str(folder / f"23322E759967N_clipped_1m_{k}of2.tif") for k in (1, 2))
    labels = str(folder / "BakerLake_2017_clipped.gpkg")

    processing_run("pixelwise:exporttrainingdata", {
        "IN_RASTER": tile1, "IN_CLASS_DATA": labels, "CLASS_VALUE_FIELD": "Quatreclasses",
        "METADATA_FORMAT": "Classified_Tiles", "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64, "STRIDE_X": 32,
        "STRIDE_Y": 32, "OUT_FOLDER": str(tmp_path / "export")})
    trained = processing_run("pixelwise:trainpixelclassifier", {
        "IN_FOLDER": str(tmp_path / "export"), "OUT_FOLDER": str(tmp_path / "model"), "MAX_EPOCHS": 30,
        "BATCH_SIZE": 8, "RANDOM_SEED": 7, "PROCESSOR_TYPE": "CPU"})
    processing_run("pixelwise:classifypixels", {
        "IN_RASTER": tile2, "IN_MODEL_DEFINITION": trained["OUT_MODEL_DEFINITION"], "PROCESSOR_TYPE": "CPU",
        "OUT_CLASSIFIED_RASTER": str(tmp_path / "classified.tif")})
    assessed = processing_run("pixelwise:computeaccuracy", {
        "IN_CLASSIFIED_RASTER": str(tmp_path / "classified.tif"), "IN_GROUND_TRUTH_DATA": labels,
        "CLASS_VALUE_FIELD": "Quatreclasses", "OUT_CSV": str(tmp_path / "matrix.csv")})

    with open(tmp_path / "matrix.csv", newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["ClassValue"] not in ("", "Total", "UsersAccuracy")]
    totals = {r["ClassName"]: int(float(r["Total"])) for r in rows}
    reference = {name: n for name, n in totals.items() if n > 0}
    # Always answering the most common reference class: its IoU is its share of the pixels, the
    # others' IoU is 0; the mean runs over the reference classes.
    baseline = max(reference.values()) / sum(reference.values()) / len(reference)
    print(f"mean IoU {assessed['MEAN_IOU']:.3f}, overall accuracy {assessed['OVERALL_ACCURACY']:.3f}, "
          f"kappa {assessed['KAPPA']:.3f}; majority-class baseline mean IoU {baseline:.3f}; "
          f"best validation IoU {trained['BEST_VAL_IOU']:.3f} after {trained['EPOCHS_RUN']} epochs; "
          f"reference pixels {reference}")
    assert assessed["MEAN_IOU"] > baseline
