<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Pixelwise</name>
        <message>
            <location filename="../processing_provider/base.py" line="118"/>
            <source>Install them with '{command}'</source>
            <translation>Installieren Sie sie mit '{command}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="120"/>
            <source> (Debian/Ubuntu: 'sudo apt install {apt}')</source>
            <translation> (Debian/Ubuntu: 'sudo apt install {apt}')</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="123"/>
            <source> ('{alternative}' instead of '{pip}' for an NVIDIA GPU)</source>
            <translation> ('{alternative}' statt '{pip}' für eine NVIDIA-GPU)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="125"/>
            <source>Pixelwise needs the Python packages {missing}, which QGIS's Python cannot import. {hint} and restart QGIS.</source>
            <translation>Pixelwise benötigt die Python-Pakete {missing}, die das Python von QGIS nicht importieren kann. {hint} und starten Sie QGIS neu.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="140"/>
            <source>{value!r} is neither a file nor a raster layer of the project</source>
            <translation>{value!r} ist weder eine Datei noch ein Rasterlayer des Projekts</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="141"/>
            <location filename="../processing_provider/base.py" line="237"/>
            <source>Give the path of a raster file or the name of a loaded raster layer</source>
            <translation>Geben Sie den Pfad einer Rasterdatei oder den Namen eines geladenen Rasterlayers an</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="151"/>
            <source>GDAL cannot open {name} as a raster{detail}</source>
            <translation>GDAL kann {name} nicht als Raster öffnen{detail}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="153"/>
            <source>Check that the file is a complete raster: open it in QGIS or run gdalinfo on it</source>
            <translation>Prüfen Sie, ob die Datei ein vollständiges Raster ist: Öffnen Sie sie in QGIS oder führen Sie gdalinfo dafür aus</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="157"/>
            <source>{name} has no bands of its own: it holds {n} rasters</source>
            <translation>{name} hat keine eigenen Kanäle: Es enthält {n} Raster</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="159"/>
            <source>Give one of them, e.g. '{first}' (a raster with at least one band)</source>
            <translation>Geben Sie eines davon an, z. B. '{first}' (ein Raster mit mindestens einem Kanal)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="161"/>
            <source>{name} has no bands</source>
            <translation>{name} hat keine Kanäle</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="162"/>
            <source>Choose a raster with at least one band</source>
            <translation>Wählen Sie ein Raster mit mindestens einem Kanal</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="175"/>
            <source>has no value</source>
            <translation>hat keinen Wert</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="175"/>
            <source>Give a value for '{description}'</source>
            <translation>Geben Sie einen Wert für '{description}' an</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="182"/>
            <source>{value} is not one of its choices</source>
            <translation>{value} ist keine der Auswahlmöglichkeiten</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="183"/>
            <source>Use one of {options}</source>
            <translation>Verwenden Sie einen der Werte {options}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="186"/>
            <source>{value} is not a number from {low:g} to {high:g}</source>
            <translation>{value} ist keine Zahl von {low:g} bis {high:g}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="188"/>
            <source>Give a number of at least {low:g}</source>
            <translation>Geben Sie eine Zahl von mindestens {low:g} an</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="189"/>
            <source>Give a number from {low:g} to {high:g}</source>
            <translation>Geben Sie eine Zahl von {low:g} bis {high:g} an</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="191"/>
            <source>{value} is not an existing file</source>
            <translation>{value} ist keine vorhandene Datei</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="191"/>
            <source>Choose a file</source>
            <translation>Wählen Sie eine Datei</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="193"/>
            <source>{value} is not a valid value for '{description}'</source>
            <translation>{value} ist kein gültiger Wert für '{description}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="195"/>
            <source>See the parameter's help ('qgis_process help ALGORITHM') for what it takes</source>
            <translation>Die Hilfe des Parameters ('qgis_process help ALGORITHM') nennt die zulässigen Werte</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="212"/>
            <source>Deep learning</source>
            <translation>Deep Learning</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="236"/>
            <source>{value} does not load as a raster layer</source>
            <translation>{value} lässt sich nicht als Rasterlayer laden</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="105"/>
            <source>Classify Pixels Using Deep Learning</source>
            <translation>Pixel mit Deep Learning klassifizieren</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="108"/>
            <source>deep learning,classification,segmentation,onnx,emd,dlpk,arcgis,inference,model,cloud mask</source>
            <translation>Deep Learning,Klassifizierung,Segmentierung,onnx,emd,dlpk,arcgis,Inferenz,Modell,Wolkenmaske</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="112"/>
            <source>Runs a trained pixel classification (semantic segmentation) model over a raster and writes a classified raster, like ArcGIS Pro's 'Classify Pixels Using Deep Learning'. The model is an Esri model definition (.emd, or the EMD JSON text itself), a .dlpk package or an .onnx file with Deepness-style metadata; Pixelwise runs ONNX models with ONNX Runtime and never runs code from a model package.

Inputs: the raster (IN_RASTER, with the bands the model expects), the model (IN_MODEL_DEFINITION) and optionally model arguments, an extent, a cell size and mask polygons.

The raster is read in overlapping windows of the model's size; overlaps are blended, so the result has no seams. The output is a GeoTIFF with the input's CRS, grid and size (or those of EXTENT and CELL_SIZE). Pixels that are NoData in any model band, or outside the mask polygons, are NoData.

Outputs: the classified raster (OUT_CLASSIFIED_RASTER), a GeoTIFF with the class colours, names and a raster attribute table, loaded as a styled layer; optionally the confidence raster (OUT_CONFIDENCE_RASTER). A failed or cancelled run leaves the output file as it was.

Parameter names are the ArcGIS ones. The log names the ONNX Runtime execution provider that ran (CPU, CUDA, DirectML).

Example: IN_RASTER=scene.tif IN_MODEL_DEFINITION=model.emd ARGUMENTS=padding=64;batch_size=4 PROCESSOR_TYPE=AUTO OUT_CLASSIFIED_RASTER=classified.tif</source>
            <translation>Wendet ein trainiertes Modell zur Pixelklassifizierung (semantische Segmentierung) auf ein Raster an und schreibt ein klassifiziertes Raster, wie das Werkzeug „Pixel mit Deep Learning klassifizieren“ (Classify Pixels Using Deep Learning) von ArcGIS Pro. Das Modell ist eine Esri-Modelldefinition (.emd, oder der JSON-Text der EMD selbst), ein .dlpk-Paket oder eine .onnx-Datei mit Metadaten im Deepness-Stil; Pixelwise führt ONNX-Modelle mit ONNX Runtime aus und führt niemals Code aus einem Modellpaket aus.

Eingaben: das Raster (IN_RASTER, mit den Kanälen, die das Modell erwartet), das Modell (IN_MODEL_DEFINITION) und optional Modellargumente, eine Ausdehnung, eine Zellengröße und Maskenpolygone.

Das Raster wird in überlappenden Fenstern der Modellgröße gelesen; die Überlappungen werden überblendet, sodass das Ergebnis keine Nahtstellen hat. Die Ausgabe ist ein GeoTIFF mit dem KBS, dem Gitter und der Größe der Eingabe (oder denen von EXTENT und CELL_SIZE). Pixel, die in einem der Modellkanäle NoData sind oder außerhalb der Maskenpolygone liegen, sind NoData.

Ausgaben: das klassifizierte Raster (OUT_CLASSIFIED_RASTER), ein GeoTIFF mit den Klassenfarben und -namen und einer Rasterattributtabelle, als symbolisierter Layer geladen; optional das Konfidenzraster (OUT_CONFIDENCE_RASTER). Ein fehlgeschlagener oder abgebrochener Lauf lässt die Ausgabedatei unverändert.

Die Parameternamen sind die von ArcGIS. Das Protokoll nennt den ONNX-Runtime-Execution-Provider, der gerechnet hat (CPU, CUDA, DirectML).

Beispiel: IN_RASTER=scene.tif IN_MODEL_DEFINITION=model.emd ARGUMENTS=padding=64;batch_size=4 PROCESSOR_TYPE=AUTO OUT_CLASSIFIED_RASTER=classified.tif</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="136"/>
            <location filename="../processing_provider/export_training_data.py" line="166"/>
            <source>Input raster</source>
            <translation>Eingaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="137"/>
            <source>The imagery to classify. It must have the bands the model expects (ExtractBands of the model definition, else the model's input channels).</source>
            <translation>Die zu klassifizierenden Bilddaten. Sie müssen die Kanäle haben, die das Modell erwartet (ExtractBands der Modelldefinition, sonst die Eingangskanäle des Modells).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="139"/>
            <location filename="../plugin/widgets/model_card.py" line="199"/>
            <source>Model definition</source>
            <translation>Modelldefinition</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="147"/>
            <source>An Esri model definition (.emd) whose ModelFile is an ONNX model, a deep learning package (.dlpk) holding one, or an .onnx model with Deepness metadata. The EMD JSON text itself is accepted too, as in ArcGIS.</source>
            <translation>Eine Esri-Modelldefinition (.emd), deren ModelFile ein ONNX-Modell ist, ein Deep-Learning-Paket (.dlpk), das eines enthält, oder ein .onnx-Modell mit Deepness-Metadaten. Auch der JSON-Text der EMD selbst wird angenommen, wie in ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="151"/>
            <source>Output classified raster</source>
            <translation>Klassifiziertes Ausgaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="152"/>
            <source>The classified raster (GeoTIFF, .tif): one band of class values, with the model's class colours and names.</source>
            <translation>Das klassifizierte Raster (GeoTIFF, .tif): ein Kanal mit Klassenwerten, mit den Klassenfarben und -namen des Modells.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="155"/>
            <source>Arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="156"/>
            <source>Model arguments as name=value;name=value (ArcGIS's 'name value;name value' works too): padding (overlap margin of each window, pixels; default a quarter of the window), batch_size (windows per model call; default 4), tile_size (window size, only for models whose input size is open), predict_background (True/False: whether class 0 may win), test_time_augmentation (True/False: average over flips and rotations), merge_policy (mean, max or min: how augmented predictions merge).</source>
            <translation>Modellargumente als name=wert;name=wert (ArcGIS' Schreibweise 'name wert;name wert' geht auch): padding (Überlappungsrand jedes Fensters in Pixeln; Standard ein Viertel des Fensters), batch_size (Fenster pro Modellaufruf; Standard 4), tile_size (Fenstergröße, nur für Modelle mit offener Eingabegröße), predict_background (True/False: ob Klasse 0 gewinnen darf), test_time_augmentation (True/False: Mittel über Spiegelungen und Drehungen), merge_policy (mean, max oder min: wie augmentierte Vorhersagen zusammengeführt werden).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="162"/>
            <location filename="../processing_provider/train_pixel_classifier.py" line="151"/>
            <source>Processor type</source>
            <translation>Prozessortyp</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="168"/>
            <source>Where the model runs (the ArcGIS 'processorType' environment): AUTO uses a GPU when ONNX Runtime has a working GPU provider (CUDA, ROCm, DirectML) and the CPU otherwise; GPU fails instead of falling back to the CPU; CPU uses the CPU only.</source>
            <translation>Wo das Modell läuft (die ArcGIS-Umgebung 'processorType'): AUTO nutzt eine GPU, wenn ONNX Runtime einen funktionierenden GPU-Provider hat (CUDA, ROCm, DirectML), sonst die CPU; GPU schlägt fehl, statt auf die CPU auszuweichen; CPU nutzt nur die CPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="172"/>
            <location filename="../processing_provider/export_training_data.py" line="248"/>
            <source>Extent</source>
            <translation>Ausdehnung</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="173"/>
            <source>Area to classify (the ArcGIS 'extent' environment); the whole raster if not set.</source>
            <translation>Zu klassifizierender Bereich (die ArcGIS-Umgebung 'extent'); ohne Angabe das ganze Raster.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="175"/>
            <location filename="../processing_provider/export_training_data.py" line="251"/>
            <source>Cell size</source>
            <translation>Zellengröße</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="177"/>
            <source>Cell size of the classified raster in the raster CRS's units (the ArcGIS 'cellSize' environment); the input is resampled to it before the model runs. 0 keeps the raster's own cell size.</source>
            <translation>Zellengröße des klassifizierten Rasters in den Einheiten des Raster-KBS (die ArcGIS-Umgebung 'cellSize'); die Eingabe wird vor der Modellausführung darauf umgerechnet. 0 behält die eigene Zellengröße des Rasters.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="181"/>
            <location filename="../processing_provider/export_training_data.py" line="244"/>
            <source>Input mask polygons</source>
            <translation>Eingabe-Maskenpolygone</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="183"/>
            <source>Only pixels inside these polygons are classified; the rest are NoData (the ArcGIS 'mask' environment).</source>
            <translation>Nur Pixel innerhalb dieser Polygone werden klassifiziert; die übrigen sind NoData (die ArcGIS-Umgebung 'mask').</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="186"/>
            <source>Output confidence raster</source>
            <translation>Konfidenz-Ausgaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="188"/>
            <source>Optional GeoTIFF (.tif) of the winning class's probability (0–1, float32) for every pixel (Pixelwise addition).</source>
            <translation>Optionales GeoTIFF (.tif) mit der Wahrscheinlichkeit der gewinnenden Klasse (0–1, float32) für jedes Pixel (Pixelwise-Ergänzung).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="69"/>
            <source>Compute Accuracy For Pixel Classification</source>
            <translation>Genauigkeit für Pixelklassifizierung berechnen</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="72"/>
            <source>accuracy,assessment,confusion matrix,error matrix,kappa,iou,f1,user's accuracy,producer's accuracy,validation,ground truth,classification,segmentation,arcgis</source>
            <translation>Genauigkeit,Bewertung,Konfusionsmatrix,Fehlermatrix,Kappa,iou,f1,Nutzergenauigkeit,Herstellergenauigkeit,Validierung,Referenzdaten,Ground Truth,Klassifizierung,Segmentierung,arcgis</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="76"/>
            <source>Compares a classified raster (e.g. the output of 'Classify Pixels Using Deep Learning') with ground truth and reports how accurate it is, like ArcGIS Pro's 'Compute Accuracy For Pixel Classification'.

Inputs: the classified raster (band 1 = class values) and the ground truth, either a class raster (resampled, nearest, onto the classified raster's grid when the grids differ) or polygons with a class field (reprojected and rasterised onto that grid). NoData on either side, a ground-truth value of 0 and pixels outside every polygon are not assessed. Every valid pixel is assessed, or NUM_RANDOM_POINTS random points drawn with RANDOM_SEED (reproducible).

Outputs: the confusion matrix as a table (one row per reference class: ClassValue, ClassName, one count column C_&lt;value&gt; per predicted class, Total, ProducersAccuracy, IoU, F1; then a Total row and a UsersAccuracy row whose ProducersAccuracy cell is the overall accuracy), the same table as CSV, an HTML report with the matrix as a heat map, and the numbers OVERALL_ACCURACY, KAPPA (Cohen's) and MEAN_IOU. The log lists every metric.

Example: IN_CLASSIFIED_RASTER=classified.tif IN_GROUND_TRUTH_DATA=landcover.gpkg CLASS_VALUE_FIELD=class NUM_RANDOM_POINTS=1000 SAMPLING_STRATEGY=STRATIFIED_RANDOM RANDOM_SEED=42 OUT_CSV=matrix.csv OUT_REPORT=accuracy.html</source>
            <translation>Vergleicht ein klassifiziertes Raster (z. B. die Ausgabe von „Pixel mit Deep Learning klassifizieren“) mit Referenzdaten und gibt an, wie genau es ist, wie das Werkzeug „Genauigkeit für Pixelklassifizierung berechnen“ (Compute Accuracy For Pixel Classification) von ArcGIS Pro.

Eingaben: das klassifizierte Raster (Kanal 1 = Klassenwerte) und die Referenzdaten, entweder ein Klassenraster (bei abweichendem Raster per nächstem Nachbarn auf das Raster des klassifizierten Rasters umgerechnet) oder Polygone mit einem Klassenfeld (auf dieses Raster umprojiziert und gerastert). NoData auf einer der beiden Seiten, ein Referenzwert von 0 und Pixel außerhalb aller Polygone werden nicht bewertet. Jedes gültige Pixel wird bewertet, oder NUM_RANDOM_POINTS Zufallspunkte, gezogen mit RANDOM_SEED (reproduzierbar).

Ausgaben: die Konfusionsmatrix als Tabelle (eine Zeile je Referenzklasse: ClassValue, ClassName, eine Zählspalte C_&lt;value&gt; je vorhergesagter Klasse, Total, ProducersAccuracy, IoU, F1; dann eine Zeile Total und eine Zeile UsersAccuracy, deren Zelle ProducersAccuracy die Gesamtgenauigkeit ist), dieselbe Tabelle als CSV, ein HTML-Bericht mit der Matrix als Heatmap sowie die Zahlen OVERALL_ACCURACY, KAPPA (nach Cohen) und MEAN_IOU. Das Protokoll listet alle Kennzahlen auf.

Beispiel: IN_CLASSIFIED_RASTER=classified.tif IN_GROUND_TRUTH_DATA=landcover.gpkg CLASS_VALUE_FIELD=class NUM_RANDOM_POINTS=1000 SAMPLING_STRATEGY=STRATIFIED_RANDOM RANDOM_SEED=42 OUT_CSV=matrix.csv OUT_REPORT=accuracy.html</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="98"/>
            <source>Input classified raster</source>
            <translation>Klassifiziertes Eingaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="99"/>
            <source>The raster to assess: band 1 holds whole-number class values; its NoData pixels are not assessed. Class names come from its attribute table or category names (.aux.xml, as Classify Pixels writes them).</source>
            <translation>Das zu bewertende Raster: Kanal 1 enthält ganzzahlige Klassenwerte; seine NoData-Pixel werden nicht bewertet. Die Klassennamen stammen aus seiner Attributtabelle oder seinen Kategorienamen (.aux.xml, wie Pixel klassifizieren sie schreibt).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="103"/>
            <source>Ground truth data</source>
            <translation>Referenzdaten</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="105"/>
            <source>The reference: a class raster (values = classes; 0 and NoData = no reference), or polygons with a class field (pixels whose centre lies in no polygon have no reference; later features win where polygons overlap). Rasters on another grid are resampled (nearest), polygons in another CRS reprojected, onto the classified raster's grid.</source>
            <translation>Die Referenz: ein Klassenraster (Werte = Klassen; 0 und NoData = keine Referenz) oder Polygone mit einem Klassenfeld (Pixel, deren Mittelpunkt in keinem Polygon liegt, haben keine Referenz; wo sich Polygone überlappen, gewinnen spätere Objekte). Raster auf einem anderen Gitter werden (per nächstem Nachbarn) umgerechnet, Polygone in einem anderen KBS umprojiziert, jeweils auf das Gitter des klassifizierten Rasters.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="112"/>
            <location filename="../processing_provider/export_training_data.py" line="233"/>
            <source>Class value field</source>
            <translation>Klassenwertfeld</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="113"/>
            <source>Field of the ground-truth polygons holding the reference class (not used for a raster). A numeric field gives class values, matched to the classified raster's values (0 and NULL = no reference). A text field gives class names, matched to the classified raster's class names exactly, else ignoring case and surrounding spaces, else a text that is a whole number is that value; names that match nothing become extra reference classes (logged), and if no name matches the run stops. If empty, a field named 'value' or 'classvalue' is used.</source>
            <translation>Feld der Referenzpolygone mit der Referenzklasse (für ein Raster nicht verwendet). Ein numerisches Feld liefert Klassenwerte, die mit den Werten des klassifizierten Rasters abgeglichen werden (0 und NULL = keine Referenz). Ein Textfeld liefert Klassennamen, die mit den Klassennamen des klassifizierten Rasters abgeglichen werden: exakt, sonst ohne Beachtung von Groß-/Kleinschreibung und umgebenden Leerzeichen, sonst gilt ein Text, der eine ganze Zahl ist, als dieser Wert; Namen ohne Entsprechung werden zu zusätzlichen Referenzklassen (protokolliert), und wenn kein Name passt, bricht der Lauf ab. Ist es leer, wird ein Feld namens 'value' oder 'classvalue' verwendet.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="122"/>
            <source>Number of random points</source>
            <translation>Anzahl der Zufallspunkte</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="124"/>
            <source>0 assesses every valid pixel. More than 0: the number of random points (pixels) assessed, drawn as SAMPLING_STRATEGY says; with fewer valid pixels than that, all are taken.</source>
            <translation>0 bewertet jedes gültige Pixel. Größer als 0: die Anzahl der bewerteten Zufallspunkte (Pixel), gezogen wie in SAMPLING_STRATEGY angegeben; gibt es weniger gültige Pixel, werden alle genommen.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="126"/>
            <source>Sampling strategy</source>
            <translation>Stichprobenstrategie</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="133"/>
            <source>How random points are drawn (ArcGIS's 'Create Accuracy Assessment Points' keywords); points are distinct pixels drawn uniformly within each stratum:
	STRATIFIED_RANDOM: per reference class, in proportion to its area (largest-remainder rounding, so the points add up to NUM_RANDOM_POINTS; a tiny class may get none).
	EQUALIZED_STRATIFIED_RANDOM: the same number per reference class; a class with fewer pixels gives all of them and the rest go to the other classes.
	RANDOM: anywhere among the valid pixels.</source>
            <translation>Wie Zufallspunkte gezogen werden (die Schlüsselwörter von ArcGIS' „Create Accuracy Assessment Points“); die Punkte sind verschiedene Pixel, innerhalb jeder Schicht gleichverteilt gezogen:
	STRATIFIED_RANDOM: je Referenzklasse im Verhältnis zu ihrer Fläche (Rundung nach größtem Rest, sodass die Punkte zusammen NUM_RANDOM_POINTS ergeben; eine winzige Klasse erhält eventuell keinen).
	EQUALIZED_STRATIFIED_RANDOM: dieselbe Anzahl je Referenzklasse; eine Klasse mit weniger Pixeln gibt alle her, der Rest geht an die anderen Klassen.
	RANDOM: irgendwo unter den gültigen Pixeln.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="141"/>
            <location filename="../processing_provider/train_pixel_classifier.py" line="147"/>
            <source>Random seed</source>
            <translation>Zufallsstartwert</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="143"/>
            <source>Seed of the random points (0 or more): the same seed, inputs and numpy version draw the same points.</source>
            <translation>Startwert der Zufallspunkte (0 oder mehr): derselbe Startwert, dieselben Eingaben und dieselbe numpy-Version ziehen dieselben Punkte.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="148"/>
            <source>Confusion matrix</source>
            <translation>Konfusionsmatrix</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="152"/>
            <source>The confusion matrix as a table without geometry: one row per reference class (ClassValue, ClassName, C_&lt;value&gt; = pixels predicted as that class, Total, ProducersAccuracy, IoU, F1), a Total row and a UsersAccuracy row (its ProducersAccuracy cell is the overall accuracy).</source>
            <translation>Die Konfusionsmatrix als Tabelle ohne Geometrie: eine Zeile je Referenzklasse (ClassValue, ClassName, C_&lt;value&gt; = als diese Klasse vorhergesagte Pixel, Total, ProducersAccuracy, IoU, F1), eine Zeile Total und eine Zeile UsersAccuracy (ihre Zelle ProducersAccuracy ist die Gesamtgenauigkeit).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="156"/>
            <source>Confusion matrix CSV</source>
            <translation>Konfusionsmatrix als CSV</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="157"/>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="160"/>
            <source>The same table as a CSV file (UTF-8, comma-separated, full-precision numbers).</source>
            <translation>Dieselbe Tabelle als CSV-Datei (UTF-8, kommagetrennt, Zahlen in voller Genauigkeit).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="162"/>
            <source>Accuracy report</source>
            <translation>Genauigkeitsbericht</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="163"/>
            <source>HTML files (*.html)</source>
            <translation>HTML-Dateien (*.html)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="166"/>
            <source>An HTML report: inputs, sampling, overall accuracy, kappa, mean IoU, the confusion matrix as a heat map (cell colour = share of the reference class) and the per-class metrics.</source>
            <translation>Ein HTML-Bericht: Eingaben, Stichprobe, Gesamtgenauigkeit, Kappa, mittlere IoU, die Konfusionsmatrix als Heatmap (Zellfarbe = Anteil an der Referenzklasse) und die Kennzahlen je Klasse.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="168"/>
            <source>Overall accuracy</source>
            <translation>Gesamtgenauigkeit</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="169"/>
            <source>Cohen's kappa</source>
            <translation>Cohens Kappa</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="170"/>
            <source>Mean IoU</source>
            <translation>Mittlere IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="134"/>
            <source>Export Training Data For Deep Learning</source>
            <translation>Trainingsdaten für Deep Learning exportieren</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="137"/>
            <source>deep learning,training data,chips,tiles,labels,arcgis,pascal voc,kitti,segmentation,coco,yolo,mask r-cnn,imagenet,cyclegan,panoptic</source>
            <translation>Deep Learning,Trainingsdaten,Bildkacheln,Kacheln,Labels,arcgis,pascal voc,kitti,Segmentierung,coco,yolo,mask r-cnn,imagenet,cyclegan,panoptisch</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="141"/>
            <source>Cuts a raster into image chips and writes a label for each chip from polygons, points or a class raster, in the folder layout ArcGIS Pro's 'Export Training Data For Deep Learning' writes (images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json, esri_model_definition.emd), so training code written for ArcGIS reads it unchanged.

Inputs: one or more rasters (IN_RASTER) and, for every format but Export_Tiles and CycleGAN, the labels (IN_CLASS_DATA): polygons, points (buffered by BUFFER_RADIUS) or a class raster. Labels in another CRS are reprojected to the raster's CRS. Parameter names and keywords are the ArcGIS ones (METADATA_FORMAT=Classified_Tiles).

Every ArcGIS metadata format is written (boxes, class tiles, instance masks, labelled and multi-labelled tiles, Imagenet, CycleGAN, panoptic segmentation, image-only tiles), plus COCO and YOLO. Several input rasters are mosaicked or cut one by one (PROCESSING_MODE); a second raster adds images2/ (IN_RASTER2); ROTATION_ANGLE adds rotated copies of every chip; REFERENCE_SYSTEM=PIXEL_SPACE cuts chips in image space, also from rasters without georeference.

Outputs: the folder (OUT_FOLDER), which must be new, empty or an earlier Pixelwise export of the same kind (the new chips are appended); a failed or cancelled run leaves it as it was. CHIP_COUNT, the number of chips written, and the chip index (OUT_CHIP_INDEX), one polygon per written chip.

Example: IN_RASTER=scene.tif IN_CLASS_DATA=landcover.gpkg CLASS_VALUE_FIELD=class METADATA_FORMAT=Classified_Tiles TILE_SIZE_X=256 TILE_SIZE_Y=256 STRIDE_X=128 STRIDE_Y=128 OUT_FOLDER=training_data</source>
            <translation>Zerlegt ein Raster in Bildkacheln und schreibt für jede Kachel ein Label aus Polygonen, Punkten oder einem Klassenraster, in der Ordnerstruktur, die das Werkzeug „Trainingsdaten für Deep Learning exportieren“ (Export Training Data For Deep Learning) von ArcGIS Pro schreibt (images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json, esri_model_definition.emd), sodass für ArcGIS geschriebener Trainingscode sie unverändert liest.

Eingaben: ein oder mehrere Raster (IN_RASTER) und, für jedes Format außer Export_Tiles und CycleGAN, die Labels (IN_CLASS_DATA): Polygone, Punkte (um BUFFER_RADIUS gepuffert) oder ein Klassenraster. Labels in einem anderen KBS werden in das KBS des Rasters umprojiziert. Parameternamen und Schlüsselwörter sind die von ArcGIS (METADATA_FORMAT=Classified_Tiles).

Jedes Metadatenformat von ArcGIS wird geschrieben (Rechtecke, Klassenkacheln, Instanzmasken, gelabelte und mehrfach gelabelte Kacheln, Imagenet, CycleGAN, panoptische Segmentierung, reine Bildkacheln), dazu COCO und YOLO. Mehrere Eingaberaster werden mosaikiert oder einzeln zerlegt (PROCESSING_MODE); ein zweites Raster ergänzt images2/ (IN_RASTER2); ROTATION_ANGLE ergänzt gedrehte Kopien jeder Kachel; REFERENCE_SYSTEM=PIXEL_SPACE schneidet Kacheln im Bildraum, auch aus Rastern ohne Georeferenzierung.

Ausgaben: der Ordner (OUT_FOLDER), der neu, leer oder ein früherer Pixelwise-Export derselben Art sein muss (die neuen Kacheln werden angehängt); ein fehlgeschlagener oder abgebrochener Lauf lässt ihn unverändert. CHIP_COUNT, die Anzahl der geschriebenen Kacheln, und der Kachelindex (OUT_CHIP_INDEX), ein Polygon je geschriebener Kachel.

Beispiel: IN_RASTER=scene.tif IN_CLASS_DATA=landcover.gpkg CLASS_VALUE_FIELD=class METADATA_FORMAT=Classified_Tiles TILE_SIZE_X=256 TILE_SIZE_Y=256 STRIDE_X=128 STRIDE_Y=128 OUT_FOLDER=training_data</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="171"/>
            <source>The imagery to cut into chips: one raster, or several (PROCESSING_MODE says whether they are mosaicked or cut one by one). Chips keep the raster's data type and all its bands.</source>
            <translation>Die in Kacheln zu zerlegenden Bilddaten: ein Raster oder mehrere (PROCESSING_MODE legt fest, ob sie mosaikiert oder einzeln zerlegt werden). Die Kacheln behalten den Datentyp des Rasters und alle seine Kanäle.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="174"/>
            <source>Output folder</source>
            <translation>Ausgabeordner</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="175"/>
            <source>Folder that receives images/, labels/ and the metadata files. It must not exist, be empty, or hold an earlier Pixelwise export.</source>
            <translation>Ordner, der images/, labels/ und die Metadatendateien aufnimmt. Er darf nicht existieren, muss leer sein oder einen früheren Pixelwise-Export enthalten.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="179"/>
            <source>Input feature class or classified raster</source>
            <translation>Eingabe-Feature-Class oder klassifiziertes Raster</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="182"/>
            <source>Labels: polygons, points (with a buffer radius) or a single-band class raster whose values are the classes (0 = no class). Leave empty with Export_Tiles.</source>
            <translation>Labels: Polygone, Punkte (mit Pufferradius) oder ein einkanaliges Klassenraster, dessen Werte die Klassen sind (0 = keine Klasse). Bei Export_Tiles leer lassen.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="185"/>
            <source>Image format</source>
            <translation>Bildformat</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="186"/>
            <source>File format of the image chips. PNG and JPEG take at most 3 bands; JPEG takes 8-bit data only.</source>
            <translation>Dateiformat der Bildkacheln. PNG und JPEG nehmen höchstens 3 Kanäle auf; JPEG nimmt nur 8-Bit-Daten auf.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="190"/>
            <source>Tile size X</source>
            <translation>Kachelgröße X</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="190"/>
            <source>Chip width in pixels.</source>
            <translation>Kachelbreite in Pixeln.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="193"/>
            <source>Tile size Y</source>
            <translation>Kachelgröße Y</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="193"/>
            <source>Chip height in pixels.</source>
            <translation>Kachelhöhe in Pixeln.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="196"/>
            <source>Stride X</source>
            <translation>Schrittweite X</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="197"/>
            <source>Horizontal distance between chip origins in pixels; equal to the tile size for no overlap.</source>
            <translation>Horizontaler Abstand der Kachelursprünge in Pixeln; gleich der Kachelgröße für keine Überlappung.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="200"/>
            <source>Stride Y</source>
            <translation>Schrittweite Y</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="201"/>
            <source>Vertical distance between chip origins in pixels; equal to the tile size for no overlap.</source>
            <translation>Vertikaler Abstand der Kachelursprünge in Pixeln; gleich der Kachelgröße für keine Überlappung.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="204"/>
            <source>Output no feature tiles</source>
            <translation>Kacheln ohne Objekte ausgeben</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="206"/>
            <source>ALL_TILES writes every chip; ONLY_TILES_WITH_FEATURES skips chips without any label.</source>
            <translation>ALL_TILES schreibt jede Kachel; ONLY_TILES_WITH_FEATURES überspringt Kacheln ohne jedes Label.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="208"/>
            <source>Metadata format</source>
            <translation>Metadatenformat</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="209"/>
            <source>Label format (what is written for each chip):
	KITTI_rectangles: boxes in a KITTI text file (object detection).
	PASCAL_VOC_rectangles: boxes in a PASCAL VOC XML file (object detection).
	Classified_Tiles: a class raster (pixel classification).
	RCNN_Masks: one instance mask per class present, in labels/&lt;class name&gt;/ (instance segmentation).
	Labeled_Tiles: one chip per feature, its class in a PASCAL VOC XML file (object classification).
	MultiLabeled_Tiles: the names of every class in the chip in a PASCAL VOC XML file (multi-label classification).
	Export_Tiles: images only (super-resolution, Pix2Pix).
	CycleGAN: images only, one domain of a CycleGAN training set.
	Imagenet: one chip per feature, filed in images/&lt;class name&gt;/ (object classification).
	Panoptic_Segmentation: a class raster from the input class data plus instance masks from IN_INSTANCE_DATA.
	COCO: one annotations.json with the polygons and boxes of every chip (Pixelwise addition).
	YOLO: normalised boxes in a YOLO text file per chip, plus data.yaml (Pixelwise addition).</source>
            <translation>Labelformat (was für jede Kachel geschrieben wird):
	KITTI_rectangles: Rechtecke in einer KITTI-Textdatei (Objekterkennung).
	PASCAL_VOC_rectangles: Rechtecke in einer PASCAL-VOC-XML-Datei (Objekterkennung).
	Classified_Tiles: ein Klassenraster (Pixelklassifizierung).
	RCNN_Masks: eine Instanzmaske je vorhandener Klasse, in labels/&lt;class name&gt;/ (Instanzsegmentierung).
	Labeled_Tiles: eine Kachel je Objekt, seine Klasse in einer PASCAL-VOC-XML-Datei (Objektklassifizierung).
	MultiLabeled_Tiles: die Namen aller Klassen der Kachel in einer PASCAL-VOC-XML-Datei (Multi-Label-Klassifizierung).
	Export_Tiles: nur Bilder (Super-Resolution, Pix2Pix).
	CycleGAN: nur Bilder, eine Domäne eines CycleGAN-Trainingsdatensatzes.
	Imagenet: eine Kachel je Objekt, abgelegt in images/&lt;class name&gt;/ (Objektklassifizierung).
	Panoptic_Segmentation: ein Klassenraster aus den Eingabe-Klassendaten plus Instanzmasken aus IN_INSTANCE_DATA.
	COCO: eine annotations.json mit den Polygonen und Rechtecken aller Kacheln (Pixelwise-Ergänzung).
	YOLO: normierte Rechtecke in einer YOLO-Textdatei je Kachel, dazu data.yaml (Pixelwise-Ergänzung).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="229"/>
            <source>Start index</source>
            <translation>Startindex</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="230"/>
            <source>Number of the first chip (deprecated in ArcGIS Pro; an earlier Pixelwise export in the output folder is continued from its next free index).</source>
            <translation>Nummer der ersten Kachel (in ArcGIS Pro veraltet; ein früherer Pixelwise-Export im Ausgabeordner wird ab seinem nächsten freien Index fortgesetzt).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="235"/>
            <source>Field of the input features holding the class. Whole numbers are used as class values (0 = no class); text values become classes 1…n named by the text. If empty, a field named 'value' or 'classvalue' is used, else all features are one class.</source>
            <translation>Feld der Eingabeobjekte mit der Klasse. Ganze Zahlen werden als Klassenwerte verwendet (0 = keine Klasse); Textwerte werden zu Klassen 1…n, benannt nach dem Text. Ist es leer, wird ein Feld namens 'value' oder 'classvalue' verwendet, sonst bilden alle Objekte eine Klasse.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="239"/>
            <source>Buffer radius</source>
            <translation>Pufferradius</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="241"/>
            <source>Buffer drawn around each input feature (and each IN_INSTANCE_DATA feature), in the units of the features' CRS. Points need a radius greater than 0 (they become circles).</source>
            <translation>Puffer um jedes Eingabeobjekt (und jedes Objekt von IN_INSTANCE_DATA), in den Einheiten des KBS der Objekte. Punkte brauchen einen Radius größer als 0 (sie werden zu Kreisen).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="246"/>
            <source>Only chips that lie completely inside these polygons are written.</source>
            <translation>Nur Kacheln, die vollständig innerhalb dieser Polygone liegen, werden geschrieben.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="249"/>
            <source>Area to export (the ArcGIS 'extent' environment); the whole raster if not set.</source>
            <translation>Zu exportierender Bereich (die ArcGIS-Umgebung 'extent'); ohne Angabe das ganze Raster.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="253"/>
            <source>Output cell size in the units of the (first) input raster's CRS (the ArcGIS 'cellSize' environment); 0 keeps the raster's own cell size.</source>
            <translation>Ausgabe-Zellengröße in den Einheiten des KBS des (ersten) Eingaberasters (die ArcGIS-Umgebung 'cellSize'); 0 behält die eigene Zellengröße des Rasters.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="256"/>
            <source>Edge chips</source>
            <translation>Randkacheln</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="257"/>
            <source>What happens to grid cells that run past the right or bottom edge of the raster: SHIFT_INWARD moves the last chip back so it ends at the edge, PAD fills the missing pixels with NoData, DROP leaves the cell out. (Pixelwise addition; ArcGIS does not document its behaviour.)</source>
            <translation>Was mit Gitterzellen geschieht, die über den rechten oder unteren Rand des Rasters hinausreichen: SHIFT_INWARD verschiebt die letzte Kachel zurück, sodass sie am Rand endet, PAD füllt die fehlenden Pixel mit NoData, DROP lässt die Zelle weg. (Pixelwise-Ergänzung; ArcGIS dokumentiert sein Verhalten nicht.)</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="262"/>
            <source>Rotation angle</source>
            <translation>Drehwinkel</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="263"/>
            <source>Augmentation, in degrees: with an angle a greater than 0 every chip is also written rotated counter-clockwise about its centre by a, 2a, … (less than 360°), ceil(360 / a) copies in all; rotated chips are resampled from the raster around them and their labels recomputed. 0 writes no rotated chips.</source>
            <translation>Augmentierung, in Grad: Bei einem Winkel a größer als 0 wird jede Kachel zusätzlich gegen den Uhrzeigersinn um ihren Mittelpunkt um a, 2a, … (weniger als 360°) gedreht geschrieben, insgesamt ceil(360 / a) Kopien; gedrehte Kacheln werden aus dem umgebenden Raster neu berechnet und ihre Labels neu bestimmt. 0 schreibt keine gedrehten Kacheln.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="269"/>
            <source>Reference system</source>
            <translation>Bezugssystem</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="270"/>
            <source>MAP_SPACE cuts georeferenced chips (the raster needs a CRS); PIXEL_SPACE cuts chips in image rows and columns and writes them without CRS or world file, also from a raster without georeference. Use the space the model will be run in.</source>
            <translation>MAP_SPACE schneidet georeferenzierte Kacheln (das Raster braucht ein KBS); PIXEL_SPACE schneidet Kacheln in Bildzeilen und -spalten und schreibt sie ohne KBS oder World-File, auch aus einem Raster ohne Georeferenzierung. Verwenden Sie den Raum, in dem das Modell ausgeführt wird.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="274"/>
            <source>Processing mode</source>
            <translation>Verarbeitungsmodus</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="275"/>
            <source>With several input rasters: PROCESS_AS_MOSAICKED_IMAGE mosaics them into one image first (same CRS, band count and data type; later rasters on top); PROCESS_ITEMS_SEPARATELY cuts each raster on its own grid, chip numbers continuing from one raster to the next.</source>
            <translation>Bei mehreren Eingaberastern: PROCESS_AS_MOSAICKED_IMAGE fügt sie zuerst zu einem Bild zusammen (gleiches KBS, gleiche Kanalanzahl und gleicher Datentyp; spätere Raster oben); PROCESS_ITEMS_SEPARATELY zerlegt jedes Raster auf seinem eigenen Gitter, wobei die Kachelnummern von einem Raster zum nächsten fortlaufen.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="279"/>
            <source>Blacken around feature</source>
            <translation>Um Objekt schwärzen</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="280"/>
            <source>For the one-feature chips of Labeled_Tiles and Imagenet: BLACKEN_AROUND_FEATURE sets every pixel whose centre lies outside the feature to 0; NO_BLACKEN keeps the imagery around it.</source>
            <translation>Für die Ein-Objekt-Kacheln von Labeled_Tiles und Imagenet: BLACKEN_AROUND_FEATURE setzt jedes Pixel, dessen Mittelpunkt außerhalb des Objekts liegt, auf 0; NO_BLACKEN behält die Bilddaten darum herum.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="283"/>
            <source>Crop mode</source>
            <translation>Zuschneidemodus</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="284"/>
            <source>For Labeled_Tiles and Imagenet (one chip per feature): FIXED_SIZE writes a tile-size chip centred on the feature; BOUNDING_BOX crops the chip to the feature's bounding box, so chip sizes vary.</source>
            <translation>Für Labeled_Tiles und Imagenet (eine Kachel je Objekt): FIXED_SIZE schreibt eine Kachel in Kachelgröße, zentriert auf das Objekt; BOUNDING_BOX schneidet die Kachel auf das umgebende Rechteck des Objekts zu, sodass die Kachelgrößen variieren.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="288"/>
            <source>Additional input raster</source>
            <translation>Zusätzliches Eingaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="289"/>
            <source>A second raster cut on the same chips (resampled onto the input raster's grid) and written to images2/, for image translation or change detection. Only with Export_Tiles, Classified_Tiles and CycleGAN; arcgis.learn reads Classified_Tiles with images2/ as change detection.</source>
            <translation>Ein zweites Raster, nach denselben Kacheln zerlegt (auf das Gitter des Eingaberasters umgerechnet) und in images2/ geschrieben, für Bildübersetzung oder Änderungserkennung. Nur mit Export_Tiles, Classified_Tiles und CycleGAN; arcgis.learn liest Classified_Tiles mit images2/ als Änderungserkennung.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="295"/>
            <source>Input instance data</source>
            <translation>Eingabe-Instanzdaten</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="297"/>
            <source>Instance labels for Panoptic_Segmentation: polygons, or points with a buffer radius; each feature is one instance in the masks of labels2/&lt;class name&gt;/.</source>
            <translation>Instanzlabels für Panoptic_Segmentation: Polygone oder Punkte mit Pufferradius; jedes Objekt ist eine Instanz in den Masken von labels2/&lt;class name&gt;/.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="300"/>
            <source>Instance class value field</source>
            <translation>Klassenwertfeld der Instanzen</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="302"/>
            <source>Field of the instance features holding the class, read like the class value field. If empty, a field named 'value' or 'classvalue' is used, else all features are one class.</source>
            <translation>Feld der Instanzobjekte mit der Klasse, gelesen wie das Klassenwertfeld. Ist es leer, wird ein Feld namens 'value' oder 'classvalue' verwendet, sonst bilden alle Objekte eine Klasse.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="305"/>
            <source>Minimum polygon overlap ratio</source>
            <translation>Minimales Polygon-Überlappungsverhältnis</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="306"/>
            <source>A feature is put in a chip's label only when at least this fraction (0 to 1) of its area lies inside the chip; 0 keeps every feature that touches the chip. Polygon and point labels only.</source>
            <translation>Ein Objekt kommt nur dann in das Label einer Kachel, wenn mindestens dieser Anteil (0 bis 1) seiner Fläche in der Kachel liegt; 0 behält jedes Objekt, das die Kachel berührt. Nur für Polygon- und Punktlabels.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="313"/>
            <source>Chip index</source>
            <translation>Kachelindex</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="317"/>
            <source>One polygon per written chip (chip_name, image_path, feature_count), in the raster's CRS.</source>
            <translation>Ein Polygon je geschriebener Kachel (chip_name, image_path, feature_count), im KBS des Rasters.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="318"/>
            <source>Number of chips</source>
            <translation>Anzahl der Kacheln</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="76"/>
            <source>Train Pixel Classifier</source>
            <translation>Pixelklassifikator trainieren</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="79"/>
            <source>deep learning,training,train,unet,u-net,segmentation,pixel classification,pytorch,onnx,emd,dlpk,arcgis</source>
            <translation>Deep Learning,Training,trainieren,unet,u-net,Segmentierung,Pixelklassifizierung,pytorch,onnx,emd,dlpk,arcgis</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="83"/>
            <source>Trains a pixel classification (semantic segmentation) model on a Classified_Tiles export — written by Export Training Data For Deep Learning or by ArcGIS Pro — like ArcGIS Pro's 'Train Deep Learning Model' with a U-Net. It needs PyTorch (CPU is enough; an NVIDIA GPU is used when PyTorch has CUDA).

Inputs: the training-data folder (IN_FOLDER) and the training settings: epochs, batch size, learning rate, validation share, early stopping, augmentation, seed, processor and network size.

The chips are normalised with the export's band statistics; a share of them is held out to measure the model after every epoch (validation loss and mean IoU, in the log). The model of the epoch with the best validation IoU is kept. Training stops after the maximum number of epochs, earlier when the IoU stops improving (STOP_TRAINING), or when you cancel: the best model so far is then written.

Outputs: the folder (OUT_FOLDER) receives model.onnx, model.emd, model.dlpk (both in one package), training_log.csv/.json and training_report.png (loss and IoU curves); the results name the .emd, the .dlpk, the report, the best validation IoU and the number of epochs run. The .emd or .dlpk runs unchanged in Classify Pixels Using Deep Learning; label value 0 (NoData) is never predicted. A failed run, or one cancelled before the first epoch ends, leaves the folder as it was.

Example: IN_FOLDER=training_data OUT_FOLDER=model MAX_EPOCHS=20 BATCH_SIZE=8 STOP_TRAINING=STOP_TRAINING PROCESSOR_TYPE=AUTO</source>
            <translation>Trainiert ein Modell zur Pixelklassifizierung (semantische Segmentierung) auf einem Classified_Tiles-Export – geschrieben von Trainingsdaten für Deep Learning exportieren oder von ArcGIS Pro – wie das Werkzeug „Deep-Learning-Modell trainieren“ (Train Deep Learning Model) von ArcGIS Pro mit einem U-Net. Es benötigt PyTorch (eine CPU genügt; eine NVIDIA-GPU wird verwendet, wenn PyTorch CUDA hat).

Eingaben: der Trainingsdatenordner (IN_FOLDER) und die Trainingseinstellungen: Epochen, Batchgröße, Lernrate, Validierungsanteil, vorzeitiges Anhalten, Augmentierung, Startwert, Prozessor und Netzgröße.

Die Kacheln werden mit den Kanalstatistiken des Exports normiert; ein Teil davon wird zurückgehalten, um das Modell nach jeder Epoche zu messen (Validierungsverlust und mittlere IoU, im Protokoll). Das Modell der Epoche mit der besten Validierungs-IoU wird behalten. Das Training endet nach der maximalen Anzahl von Epochen, früher, wenn sich die IoU nicht mehr verbessert (STOP_TRAINING), oder wenn Sie abbrechen: Dann wird das bis dahin beste Modell geschrieben.

Ausgaben: Der Ordner (OUT_FOLDER) erhält model.onnx, model.emd, model.dlpk (beide in einem Paket), training_log.csv/.json und training_report.png (Verlust- und IoU-Kurven); die Ergebnisse nennen die .emd, die .dlpk, den Bericht, die beste Validierungs-IoU und die Anzahl der ausgeführten Epochen. Die .emd oder .dlpk läuft unverändert in Pixel mit Deep Learning klassifizieren; der Labelwert 0 (NoData) wird nie vorhergesagt. Ein fehlgeschlagener Lauf oder einer, der vor dem Ende der ersten Epoche abgebrochen wird, lässt den Ordner unverändert.

Beispiel: IN_FOLDER=training_data OUT_FOLDER=model MAX_EPOCHS=20 BATCH_SIZE=8 STOP_TRAINING=STOP_TRAINING PROCESSOR_TYPE=AUTO</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="108"/>
            <source>Input training data</source>
            <translation>Eingabe-Trainingsdaten</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="110"/>
            <source>Folder of a Classified_Tiles export (map.txt, images/, labels/, esri_model_definition.emd, esri_accumulated_stats.json), from Pixelwise or ArcGIS Pro. Its classes (values, names, colours) become the model's classes; label pixels of value 0 are unlabelled.</source>
            <translation>Ordner eines Classified_Tiles-Exports (map.txt, images/, labels/, esri_model_definition.emd, esri_accumulated_stats.json), aus Pixelwise oder ArcGIS Pro. Seine Klassen (Werte, Namen, Farben) werden die Klassen des Modells; Labelpixel mit dem Wert 0 sind ungelabelt.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="114"/>
            <source>Output model</source>
            <translation>Ausgabemodell</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="115"/>
            <source>Folder that receives the trained model. It must be new, empty, or the folder of an earlier Train Pixel Classifier run, whose files are replaced.</source>
            <translation>Ordner, der das trainierte Modell aufnimmt. Er muss neu, leer oder der Ordner eines früheren Laufs von Pixelklassifikator trainieren sein, dessen Dateien ersetzt werden.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="118"/>
            <source>Max epochs</source>
            <translation>Maximale Epochen</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="119"/>
            <source>Most passes over the training chips (ArcGIS max_epochs). Training may stop earlier, see STOP_TRAINING.</source>
            <translation>Höchstzahl der Durchläufe über die Trainingskacheln (ArcGIS max_epochs). Das Training kann früher enden, siehe STOP_TRAINING.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="122"/>
            <source>Batch size</source>
            <translation>Batchgröße</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="123"/>
            <source>Chips per training step. Larger batches need more memory (GPU memory on a GPU).</source>
            <translation>Kacheln je Trainingsschritt. Größere Batches brauchen mehr Speicher (GPU-Speicher auf einer GPU).</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="125"/>
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="126"/>
            <source>Step size of the Adam optimiser (ArcGIS learning_rate). 0.001 suits the small U-Net; 0 leaves the initial weights unchanged.</source>
            <translation>Schrittweite des Adam-Optimierers (ArcGIS learning_rate). 0.001 passt zum kleinen U-Net; 0 lässt die Anfangsgewichte unverändert.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="129"/>
            <source>Validation %</source>
            <translation>Validierung %</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="130"/>
            <source>Percentage of the chips held out to measure the model after every epoch (ArcGIS validation_percentage): at least one chip, drawn with RANDOM_SEED.</source>
            <translation>Prozentsatz der Kacheln, die zurückgehalten werden, um das Modell nach jeder Epoche zu messen (ArcGIS validation_percentage): mindestens eine Kachel, gezogen mit RANDOM_SEED.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="134"/>
            <source>Stop when model stops improving</source>
            <translation>Anhalten, wenn sich das Modell nicht mehr verbessert</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="135"/>
            <source>STOP_TRAINING: stop once the validation IoU has not improved for PATIENCE epochs (ArcGIS stop_training). CONTINUE_TRAINING: train all MAX_EPOCHS epochs. Either way the best epoch's model is written.</source>
            <translation>STOP_TRAINING: anhalten, sobald sich die Validierungs-IoU PATIENCE Epochen lang nicht verbessert hat (ArcGIS stop_training). CONTINUE_TRAINING: alle MAX_EPOCHS Epochen trainieren. In beiden Fällen wird das Modell der besten Epoche geschrieben.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="139"/>
            <source>Patience (epochs)</source>
            <translation>Geduld (Epochen)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="140"/>
            <source>Epochs without a better validation IoU before training stops (with STOP_TRAINING).</source>
            <translation>Epochen ohne bessere Validierungs-IoU, bevor das Training endet (mit STOP_TRAINING).</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="142"/>
            <source>Augment chips with flips and rotations</source>
            <translation>Kacheln durch Spiegelungen und Drehungen augmentieren</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="144"/>
            <source>Show each training chip randomly flipped and rotated by multiples of 90° (image and label alike): all eight variants for MAP_SPACE exports, left-right flips for PIXEL_SPACE ones.</source>
            <translation>Zeigt jede Trainingskachel zufällig gespiegelt und um Vielfache von 90° gedreht (Bild und Label gleichermaßen): alle acht Varianten bei MAP_SPACE-Exporten, Links-rechts-Spiegelungen bei PIXEL_SPACE-Exporten.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="148"/>
            <source>Seed of the initial weights, the validation split, the chip order and the augmentations: the same seed gives the same model on the CPU.</source>
            <translation>Startwert für die Anfangsgewichte, die Validierungsaufteilung, die Kachelreihenfolge und die Augmentierungen: Derselbe Startwert ergibt auf der CPU dasselbe Modell.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="152"/>
            <source>Where the model trains (the ArcGIS 'processorType' environment): AUTO uses an NVIDIA GPU when PyTorch has CUDA and the CPU otherwise; GPU fails instead of falling back to the CPU; CPU uses the CPU only. The log names the device.</source>
            <translation>Wo das Modell trainiert (die ArcGIS-Umgebung 'processorType'): AUTO nutzt eine NVIDIA-GPU, wenn PyTorch CUDA hat, sonst die CPU; GPU schlägt fehl, statt auf die CPU auszuweichen; CPU nutzt nur die CPU. Das Protokoll nennt das Gerät.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="156"/>
            <source>Model width</source>
            <translation>Modellbreite</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="157"/>
            <source>Channels of the U-Net's first level, doubled at every level below (Pixelwise addition). 16 trains in seconds to minutes on a CPU; 32 or 64 learn more and need a GPU.</source>
            <translation>Kanäle der ersten Ebene des U-Net, auf jeder tieferen Ebene verdoppelt (Pixelwise-Ergänzung). 16 trainiert auf einer CPU in Sekunden bis Minuten; 32 oder 64 lernen mehr und brauchen eine GPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="161"/>
            <source>Model depth</source>
            <translation>Modelltiefe</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="162"/>
            <source>Down-samplings of the U-Net (Pixelwise addition): its view grows with 2^depth. The chips must be at least 2^depth pixels wide and high.</source>
            <translation>Downsampling-Stufen des U-Net (Pixelwise-Ergänzung): Sein Sichtfeld wächst mit 2^depth. Die Kacheln müssen mindestens 2^depth Pixel breit und hoch sein.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="164"/>
            <source>Model definition (.emd)</source>
            <translation>Modelldefinition (.emd)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="165"/>
            <source>Deep learning package (.dlpk)</source>
            <translation>Deep-Learning-Paket (.dlpk)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="166"/>
            <source>Training report (PNG)</source>
            <translation>Trainingsbericht (PNG)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="167"/>
            <source>Best validation IoU</source>
            <translation>Beste Validierungs-IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="168"/>
            <source>Epochs run</source>
            <translation>Ausgeführte Epochen</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="249"/>
            <source>Epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="287"/>
            <source>Loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="288"/>
            <source>training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="289"/>
            <source>validation</source>
            <translation>Validierung</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="290"/>
            <source>Cross-entropy per labelled pixel</source>
            <translation>Kreuzentropie je gelabeltem Pixel</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="291"/>
            <source>Validation mean IoU</source>
            <translation>Mittlere Validierungs-IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="292"/>
            <source>validation IoU</source>
            <translation>Validierungs-IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="292"/>
            <source>IoU</source>
            <translation>IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="293"/>
            <source>best: epoch {epoch}, {iou:.3f}</source>
            <translation>beste: Epoche {epoch}, {iou:.3f}</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="60"/>
            <source>the model definition cannot be read</source>
            <translation>die Modelldefinition kann nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="161"/>
            <source>open (ARGUMENTS tile_size)</source>
            <translation>offen (tile_size in ARGUMENTS)</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="166"/>
            <source>model input channels, raster bands in order</source>
            <translation>Eingabekanäle des Modells, Rasterbänder in Reihenfolge</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="168"/>
            <source>the raster's bands in order</source>
            <translation>die Bänder des Rasters in Reihenfolge</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="169"/>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="170"/>
            <source>Framework</source>
            <translation>Framework</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="171"/>
            <source>Input size</source>
            <translation>Eingabegröße</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="172"/>
            <source>Bands</source>
            <translation>Bänder</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="177"/>
            <location filename="../plugin/widgets/model_card.py" line="179"/>
            <source>Classes</source>
            <translation>Klassen</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="179"/>
            <source>one per output channel, named by its index</source>
            <translation>eine je Ausgabekanal, nach ihrem Index benannt</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="181"/>
            <location filename="../plugin/widgets/model_card.py" line="183"/>
            <source>Argument defaults</source>
            <translation>Standardwerte der Argumente</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="44"/>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="45"/>
            <source>Y</source>
            <translation>Y</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="47"/>
            <source>Tile size</source>
            <translation>Kachelgröße</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="47"/>
            <source>Stride</source>
            <translation>Schrittweite</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="61"/>
            <source>While locked, Y is kept equal to X</source>
            <translation>Solange gesperrt, bleibt Y gleich X</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="69"/>
            <source>Show the chip grid on the map</source>
            <translation>Kachelraster auf der Karte anzeigen</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="122"/>
            <source>Tile size and stride</source>
            <translation>Kachelgröße und Schrittweite</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="210"/>
            <source>Overlap: X {x:.1f} %, Y {y:.1f} %</source>
            <translation>Überlappung: X {x:.1f} %, Y {y:.1f} %</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="220"/>
            <source>Chips: choose an input raster (and an extent that overlaps it) to count them.</source>
            <translation>Kacheln: Wählen Sie ein Eingaberaster (und eine Ausdehnung, die es überlappt), um sie zu zählen.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="223"/>
            <source>{format} cuts one chip per feature, not this grid.</source>
            <translation>{format} schneidet eine Kachel je Objekt, nicht dieses Raster.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="243"/>
            <source>{count} chips ({cols} × {rows} grid cells) over {width} × {height} pixels</source>
            <translation>{count} Kacheln ({cols} × {rows} Rasterzellen) über {width} × {height} Pixel</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="248"/>
            <source>The map shows the first {limit} chips.</source>
            <translation>Die Karte zeigt die ersten {limit} Kacheln.</translation>
        </message>
    </context>
</TS>
