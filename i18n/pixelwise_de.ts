<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Pixelwise</name>
        <message>
            <location filename="../processing_provider/base.py" line="66"/>
            <source>Yes/no: {yes}, true, yes or 1; {no}, false, no or 0.</source>
            <translation>Ja/Nein: {yes}, true, yes oder 1; {no}, false, no oder 0.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="82"/>
            <source>Yes/no: true, yes or 1; false, no or 0.</source>
            <translation>Ja/Nein: true, yes oder 1; false, no oder 0.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="104"/>
            <source>{value} is neither yes nor no</source>
            <translation>{value} ist weder ja noch nein</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="105"/>
            <source>Use {spellings}</source>
            <translation>Verwenden Sie {spellings}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="124"/>
            <source>Web tile limit</source>
            <translation>Web-Kachellimit</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="125"/>
            <source>Most tiles (or map requests) a web layer input (XYZ, WMS, WMTS, WCS, ArcGIS REST) may need over EXTENT at the cell size; a larger request stops before the first tile is fetched. 0: no limit. Raise it only if the service allows bulk downloads (Pixelwise addition).</source>
            <translation>Höchstzahl der Kacheln (oder Kartenanfragen), die ein Web-Layer als Eingabe (XYZ, WMS, WMTS, WCS, ArcGIS REST) über EXTENT bei der Zellgröße brauchen darf; eine größere Anfrage stoppt vor der ersten Kachel. 0: kein Limit. Nur erhöhen, wenn der Dienst Massen-Downloads erlaubt (Pixelwise-Ergänzung).</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="152"/>
            <source>Chips and labels are cut on a grid in this CRS, and the metadata files follow it</source>
            <translation>Kacheln und Labels werden auf einem Raster in diesem KBS geschnitten, und die Metadatendateien folgen ihm</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="153"/>
            <source>the threads that write chips (default: twice the cores, at most 16)</source>
            <translation>die Threads, die Kacheln schreiben (Standard: doppelt so viele wie Kerne, höchstens 16)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="155"/>
            <source>The model runs on the input's own grid; the result is warped into this CRS as it is written (nearest neighbour for classes, bilinear for the confidence raster)</source>
            <translation>Das Modell läuft auf dem eigenen Raster der Eingabe; das Ergebnis wird beim Schreiben in dieses KBS transformiert (nächster Nachbar für Klassen, bilinear für das Konfidenzraster)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="157"/>
            <source>ONNX Runtime's threads (default: every core)</source>
            <translation>die Threads von ONNX Runtime (Standard: alle Kerne)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="159"/>
            <source>Output coordinate system</source>
            <translation>Ausgabe-Koordinatensystem</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="160"/>
            <source>The coordinate system of the output (the ArcGIS 'outputCoordinateSystem' environment, outSR). {where}. CELL_SIZE is then in this CRS's units; the output grid is GDAL's (as gdalwarp makes it) unless SNAP_RASTER sets it. Not set: the raster's CRS.</source>
            <translation>Das Koordinatensystem der Ausgabe (die ArcGIS-Umgebung „outputCoordinateSystem“, outSR). {where}. CELL_SIZE ist dann in den Einheiten dieses KBS; das Ausgaberaster ist das von GDAL (wie gdalwarp es erzeugt), sofern SNAP_RASTER es nicht festlegt. Nicht gesetzt: das KBS des Rasters.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="164"/>
            <source>Snap raster</source>
            <translation>Fangraster</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="165"/>
            <source>A raster whose cells the output lines up with (the ArcGIS 'snapRaster' environment): the output grid's corner moves outwards onto the snap raster's cell corners, and its cell size is the snap raster's unless CELL_SIZE is set. Without OUT_SR the output is in the snap raster's CRS; with OUT_SR in another CRS the snap raster's grid is projected into it first.</source>
            <translation>Ein Raster, an dessen Zellen sich die Ausgabe ausrichtet (die ArcGIS-Umgebung „snapRaster“): die Ecke des Ausgaberasters rückt nach außen auf die Zellecken des Fangrasters, und seine Zellengröße ist die des Fangrasters, sofern CELL_SIZE nicht gesetzt ist. Ohne OUT_SR ist die Ausgabe im KBS des Fangrasters; mit OUT_SR in einem anderen KBS wird das Raster des Fangrasters zuerst dorthin projiziert.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="170"/>
            <source>Parallel processing factor</source>
            <translation>Faktor für parallele Verarbeitung</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="172"/>
            <source>How many threads work at once (the ArcGIS 'parallelProcessingFactor' environment): a number (4) or a percentage of the cores (50%), at most the machine's cores; 0 means one. It sets {threads}. Results are the same for every value.</source>
            <translation>Wie viele Threads gleichzeitig arbeiten (die ArcGIS-Umgebung „parallelProcessingFactor“): eine Zahl (4) oder ein Prozentsatz der Kerne (50%), höchstens die Kerne des Rechners; 0 bedeutet einer. Er legt {threads} fest. Die Ergebnisse sind für jeden Wert gleich.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="176"/>
            <source>Number of retries on failures</source>
            <translation>Anzahl der Wiederholungen bei Fehlern</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="178"/>
            <source>How often a window is tried again after a transient failure (the ArcGIS 'retryOnFailures' environment): a web service's HTTP 408, 429 or 5xx answer or time-out, or a GPU out of memory (then in smaller batches). Not set: 1 for web layers, 0 otherwise (a file has nothing to retry). 0: fail at once.</source>
            <translation>Wie oft ein Fenster nach einem vorübergehenden Fehler erneut versucht wird (die ArcGIS-Umgebung „retryOnFailures“): eine HTTP-Antwort 408, 429 oder 5xx eines Webdienstes oder eine Zeitüberschreitung, oder eine GPU ohne freien Speicher (dann in kleineren Stapeln). Nicht gesetzt: 1 für Web-Layer, sonst 0 (bei einer Datei gibt es nichts zu wiederholen). 0: sofort abbrechen.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="188"/>
            <source>Dask scheduler</source>
            <translation>Dask-Scheduler</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="189"/>
            <source>Run the job in parts on a Dask cluster (Pixelwise addition): the scheduler's address (tcp://host:8786), or local:N for N worker processes on this computer. Empty: this process, as usual. Every worker must see the inputs and the output folder under the same paths (a shared file system; checked before the run) or read the input from a GDAL network path (/vsis3/…, /vsicurl/…); the model travels to the workers. The result is the same, byte for byte. Needs the dask and distributed packages.</source>
            <translation>Führt die Aufgabe in Teilen auf einem Dask-Cluster aus (Pixelwise-Ergänzung): die Adresse des Schedulers (tcp://host:8786) oder local:N für N Worker-Prozesse auf diesem Rechner. Leer: dieser Prozess, wie gewohnt. Jeder Worker muss die Eingaben und den Ausgabeordner unter denselben Pfaden sehen (ein gemeinsames Dateisystem; vor dem Lauf geprüft) oder die Eingabe über einen GDAL-Netzwerkpfad lesen (/vsis3/…, /vsicurl/…); das Modell wird an die Worker gesendet. Das Ergebnis ist Byte für Byte dasselbe. Braucht die Pakete dask und distributed.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="230"/>
            <source>{value!r} is neither a file nor a raster layer of the project</source>
            <translation>{value!r} ist weder eine Datei noch ein Rasterlayer des Projekts</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="231"/>
            <location filename="../processing_provider/base.py" line="419"/>
            <source>Give the path of a raster file or the name of a loaded raster layer</source>
            <translation>Geben Sie den Pfad einer Rasterdatei oder den Namen eines geladenen Rasterlayers an</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="234"/>
            <source>GDAL cannot open {name} as a raster{detail}</source>
            <translation>GDAL kann {name} nicht als Raster öffnen{detail}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="236"/>
            <source>Check that the file is a complete raster: open it in QGIS or run gdalinfo on it</source>
            <translation>Prüfen Sie, ob die Datei ein vollständiges Raster ist: Öffnen Sie sie in QGIS oder führen Sie gdalinfo dafür aus</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="240"/>
            <source>{name} has no bands of its own: it holds {n} rasters</source>
            <translation>{name} hat keine eigenen Kanäle: Es enthält {n} Raster</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="242"/>
            <source>Give one of them, e.g. '{first}' (a raster with at least one band)</source>
            <translation>Geben Sie eines davon an, z. B. '{first}' (ein Raster mit mindestens einem Kanal)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="244"/>
            <source>{name} has no bands</source>
            <translation>{name} hat keine Kanäle</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="245"/>
            <location filename="../engine/raster_io.py" line="282"/>
            <source>Choose a raster with at least one band</source>
            <translation>Wählen Sie ein Raster mit mindestens einem Kanal</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="258"/>
            <source>has no value</source>
            <translation>hat keinen Wert</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="258"/>
            <source>Give a value for '{description}'</source>
            <translation>Geben Sie einen Wert für '{description}' an</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="265"/>
            <source>{value} is not one of its choices</source>
            <translation>{value} ist keine der Auswahlmöglichkeiten</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="266"/>
            <source>Use one of {options}</source>
            <translation>Verwenden Sie einen der Werte {options}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="269"/>
            <source>{value} is not a number from {low:g} to {high:g}</source>
            <translation>{value} ist keine Zahl von {low:g} bis {high:g}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="271"/>
            <source>Give a number of at least {low:g}</source>
            <translation>Geben Sie eine Zahl von mindestens {low:g} an</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="272"/>
            <source>Give a number from {low:g} to {high:g}</source>
            <translation>Geben Sie eine Zahl von {low:g} bis {high:g} an</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="274"/>
            <source>{value} is not an existing file</source>
            <translation>{value} ist keine vorhandene Datei</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="274"/>
            <source>Choose a file</source>
            <translation>Wählen Sie eine Datei</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="276"/>
            <source>{value} is not a valid value for '{description}'</source>
            <translation>{value} ist kein gültiger Wert für '{description}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="278"/>
            <source>See the parameter's help ('qgis_process help ALGORITHM') for what it takes</source>
            <translation>Die Hilfe des Parameters ('qgis_process help ALGORITHM') nennt die zulässigen Werte</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="297"/>
            <source>Deep learning</source>
            <translation>Deep Learning</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="418"/>
            <source>{value} does not load as a raster layer</source>
            <translation>{value} lässt sich nicht als Rasterlayer laden</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="118"/>
            <source>Classify Pixels Using Deep Learning</source>
            <translation>Pixel mit Deep Learning klassifizieren</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="121"/>
            <source>deep learning,classification,segmentation,onnx,emd,dlpk,arcgis,inference,model,cloud mask</source>
            <translation>Deep Learning,Klassifizierung,Segmentierung,onnx,emd,dlpk,arcgis,Inferenz,Modell,Wolkenmaske</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="125"/>
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
            <location filename="../processing_provider/classify_pixels.py" line="149"/>
            <location filename="../processing_provider/export_training_data.py" line="174"/>
            <source>Input raster</source>
            <translation>Eingaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="150"/>
            <source>The imagery to classify. It must have the bands the model expects (ExtractBands of the model definition, else the model's input channels). Any QGIS raster layer works, web services too (XYZ, WMS, WMTS, WCS, ArcGIS REST: red, green and blue bands; EXTENT is then required).</source>
            <translation>Das zu klassifizierende Bild. Es muss die Bänder haben, die das Modell erwartet (ExtractBands der Modelldefinition, sonst die Eingabekanäle des Modells). Jeder QGIS-Rasterlayer geht, auch Webdienste (XYZ, WMS, WMTS, WCS, ArcGIS REST: Rot-, Grün- und Blauband; EXTENT ist dann nötig).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="154"/>
            <location filename="../plugin/widgets/model_card.py" line="195"/>
            <source>Model definition</source>
            <translation>Modelldefinition</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="162"/>
            <source>An Esri model definition (.emd) whose ModelFile is an ONNX model, a deep learning package (.dlpk) holding one, or an .onnx model with Deepness metadata. The EMD JSON text itself is accepted too, as in ArcGIS.</source>
            <translation>Eine Esri-Modelldefinition (.emd), deren ModelFile ein ONNX-Modell ist, ein Deep-Learning-Paket (.dlpk), das eines enthält, oder ein .onnx-Modell mit Deepness-Metadaten. Auch der JSON-Text der EMD selbst wird angenommen, wie in ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="166"/>
            <source>Output classified raster</source>
            <translation>Klassifiziertes Ausgaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="167"/>
            <source>The classified raster (GeoTIFF, .tif): one band of class values, with the model's class colours and names.</source>
            <translation>Das klassifizierte Raster (GeoTIFF, .tif): ein Kanal mit Klassenwerten, mit den Klassenfarben und -namen des Modells.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="170"/>
            <source>Arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="171"/>
            <source>Model arguments as name=value;name=value (ArcGIS's 'name value;name value' works too): padding (overlap margin of each window, pixels; default a quarter of the window), batch_size (windows per model call; default 4), tile_size (window size, only for models whose input size is open), predict_background (True/False: whether class 0 may win), test_time_augmentation (True/False: average over flips and rotations), merge_policy (mean, max or min: how augmented predictions merge).</source>
            <translation>Modellargumente als name=wert;name=wert (ArcGIS' Schreibweise 'name wert;name wert' geht auch): padding (Überlappungsrand jedes Fensters in Pixeln; Standard ein Viertel des Fensters), batch_size (Fenster pro Modellaufruf; Standard 4), tile_size (Fenstergröße, nur für Modelle mit offener Eingabegröße), predict_background (True/False: ob Klasse 0 gewinnen darf), test_time_augmentation (True/False: Mittel über Spiegelungen und Drehungen), merge_policy (mean, max oder min: wie augmentierte Vorhersagen zusammengeführt werden).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="178"/>
            <location filename="../processing_provider/train_pixel_classifier.py" line="133"/>
            <source>Processor type</source>
            <translation>Prozessortyp</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="179"/>
            <source>Where the model runs (the ArcGIS 'processorType' environment): AUTO uses a GPU when ONNX Runtime has a working GPU provider (CUDA, ROCm, DirectML) and the CPU otherwise; GPU fails instead of falling back to the CPU; CPU uses the CPU only.</source>
            <translation>Wo das Modell läuft (die ArcGIS-Umgebung 'processorType'): AUTO nutzt eine GPU, wenn ONNX Runtime einen funktionierenden GPU-Provider hat (CUDA, ROCm, DirectML), sonst die CPU; GPU schlägt fehl, statt auf die CPU auszuweichen; CPU nutzt nur die CPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="183"/>
            <location filename="../processing_provider/export_training_data.py" line="258"/>
            <source>Extent</source>
            <translation>Ausdehnung</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="184"/>
            <source>Area to classify (the ArcGIS 'extent' environment); the whole raster if not set. Required for a web layer, which has no extent of its own.</source>
            <translation>Zu klassifizierender Bereich (die ArcGIS-Umgebung „extent“); ohne Angabe das ganze Raster. Nötig für einen Web-Layer, der keine eigene Ausdehnung hat.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="187"/>
            <location filename="../processing_provider/export_training_data.py" line="262"/>
            <source>Cell size</source>
            <translation>Zellengröße</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="189"/>
            <source>Cell size of the classified raster in the raster CRS's units, or OUT_SR's when set (the ArcGIS 'cellSize' environment); the input is resampled to it before the model runs. 0 keeps the raster's own cell size (or the snap raster's). For a tiled web layer it picks the zoom level (0: the finest the service offers); a WMS or ArcGIS layer needs it.</source>
            <translation>Zellengröße des klassifizierten Rasters in den Einheiten des Raster-KBS, oder von OUT_SR, wenn gesetzt (die ArcGIS-Umgebung „cellSize“); die Eingabe wird darauf umgerechnet, bevor das Modell läuft. 0 behält die eigene Zellengröße des Rasters (oder die des Fangrasters). Bei einem gekachelten Web-Layer wählt sie die Zoomstufe (0: die feinste, die der Dienst anbietet); ein WMS- oder ArcGIS-Layer braucht sie.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="194"/>
            <location filename="../processing_provider/export_training_data.py" line="254"/>
            <source>Input mask polygons</source>
            <translation>Eingabe-Maskenpolygone</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="196"/>
            <source>Only pixels inside these polygons are classified; the rest are NoData (the ArcGIS 'mask' environment).</source>
            <translation>Nur Pixel innerhalb dieser Polygone werden klassifiziert; die übrigen sind NoData (die ArcGIS-Umgebung 'mask').</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="199"/>
            <source>Output confidence raster</source>
            <translation>Konfidenz-Ausgaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="201"/>
            <source>Optional GeoTIFF (.tif) of the winning class's probability (0–1, float32) for every pixel (Pixelwise addition).</source>
            <translation>Optionales GeoTIFF (.tif) mit der Wahrscheinlichkeit der gewinnenden Klasse (0–1, float32) für jedes Pixel (Pixelwise-Ergänzung).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="74"/>
            <source>Compute Accuracy For Pixel Classification</source>
            <translation>Genauigkeit für Pixelklassifizierung berechnen</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="77"/>
            <source>accuracy,assessment,confusion matrix,error matrix,kappa,iou,f1,user's accuracy,producer's accuracy,validation,ground truth,classification,segmentation,arcgis</source>
            <translation>Genauigkeit,Bewertung,Konfusionsmatrix,Fehlermatrix,Kappa,iou,f1,Nutzergenauigkeit,Herstellergenauigkeit,Validierung,Referenzdaten,Ground Truth,Klassifizierung,Segmentierung,arcgis</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="81"/>
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
            <location filename="../processing_provider/compute_accuracy.py" line="103"/>
            <source>Input classified raster</source>
            <translation>Klassifiziertes Eingaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="104"/>
            <source>The raster to assess: band 1 holds whole-number class values; its NoData pixels are not assessed. Class names come from its attribute table or category names (.aux.xml, as Classify Pixels writes them).</source>
            <translation>Das zu bewertende Raster: Kanal 1 enthält ganzzahlige Klassenwerte; seine NoData-Pixel werden nicht bewertet. Die Klassennamen stammen aus seiner Attributtabelle oder seinen Kategorienamen (.aux.xml, wie Pixel klassifizieren sie schreibt).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="108"/>
            <source>Ground truth data</source>
            <translation>Referenzdaten</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="110"/>
            <source>The reference: a class raster (values = classes; 0 and NoData = no reference), or polygons with a class field (pixels whose centre lies in no polygon have no reference; later features win where polygons overlap). Rasters on another grid are resampled (nearest), polygons in another CRS reprojected, onto the classified raster's grid.</source>
            <translation>Die Referenz: ein Klassenraster (Werte = Klassen; 0 und NoData = keine Referenz) oder Polygone mit einem Klassenfeld (Pixel, deren Mittelpunkt in keinem Polygon liegt, haben keine Referenz; wo sich Polygone überlappen, gewinnen spätere Objekte). Raster auf einem anderen Gitter werden (per nächstem Nachbarn) umgerechnet, Polygone in einem anderen KBS umprojiziert, jeweils auf das Gitter des klassifizierten Rasters.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="117"/>
            <location filename="../processing_provider/export_training_data.py" line="243"/>
            <source>Class value field</source>
            <translation>Klassenwertfeld</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="118"/>
            <source>Field of the ground-truth polygons holding the reference class (not used for a raster). A numeric field gives class values, matched to the classified raster's values (0 and NULL = no reference). A text field gives class names, matched to the classified raster's class names exactly, else ignoring case and surrounding spaces, else a text that is a whole number is that value; names that match nothing become extra reference classes (logged), and if no name matches the run stops. If empty, a field named 'value' or 'classvalue' is used.</source>
            <translation>Feld der Referenzpolygone mit der Referenzklasse (für ein Raster nicht verwendet). Ein numerisches Feld liefert Klassenwerte, die mit den Werten des klassifizierten Rasters abgeglichen werden (0 und NULL = keine Referenz). Ein Textfeld liefert Klassennamen, die mit den Klassennamen des klassifizierten Rasters abgeglichen werden: exakt, sonst ohne Beachtung von Groß-/Kleinschreibung und umgebenden Leerzeichen, sonst gilt ein Text, der eine ganze Zahl ist, als dieser Wert; Namen ohne Entsprechung werden zu zusätzlichen Referenzklassen (protokolliert), und wenn kein Name passt, bricht der Lauf ab. Ist es leer, wird ein Feld namens 'value' oder 'classvalue' verwendet.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="126"/>
            <source>Number of random points</source>
            <translation>Anzahl der Zufallspunkte</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="127"/>
            <source>0 assesses every valid pixel. More than 0: the number of random points (pixels) assessed, drawn as SAMPLING_STRATEGY says; with fewer valid pixels than that, all are taken.</source>
            <translation>0 bewertet jedes gültige Pixel. Größer als 0: die Anzahl der bewerteten Zufallspunkte (Pixel), gezogen wie in SAMPLING_STRATEGY angegeben; gibt es weniger gültige Pixel, werden alle genommen.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="130"/>
            <source>Sampling strategy</source>
            <translation>Stichprobenstrategie</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="131"/>
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
            <location filename="../processing_provider/compute_accuracy.py" line="139"/>
            <location filename="../processing_provider/train_pixel_classifier.py" line="129"/>
            <source>Random seed</source>
            <translation>Zufallsstartwert</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="140"/>
            <source>Seed of the random points (0 or more): the same seed, inputs and numpy version draw the same points.</source>
            <translation>Startwert der Zufallspunkte (0 oder mehr): derselbe Startwert, dieselben Eingaben und dieselbe numpy-Version ziehen dieselben Punkte.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="145"/>
            <source>Confusion matrix</source>
            <translation>Konfusionsmatrix</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="149"/>
            <source>The confusion matrix as a table without geometry: one row per reference class (ClassValue, ClassName, C_&lt;value&gt; = pixels predicted as that class, Total, ProducersAccuracy, IoU, F1), a Total row and a UsersAccuracy row (its ProducersAccuracy cell is the overall accuracy).</source>
            <translation>Die Konfusionsmatrix als Tabelle ohne Geometrie: eine Zeile je Referenzklasse (ClassValue, ClassName, C_&lt;value&gt; = als diese Klasse vorhergesagte Pixel, Total, ProducersAccuracy, IoU, F1), eine Zeile Total und eine Zeile UsersAccuracy (ihre Zelle ProducersAccuracy ist die Gesamtgenauigkeit).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="153"/>
            <source>Confusion matrix CSV</source>
            <translation>Konfusionsmatrix als CSV</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="154"/>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="157"/>
            <source>The same table as a CSV file (UTF-8, comma-separated, full-precision numbers).</source>
            <translation>Dieselbe Tabelle als CSV-Datei (UTF-8, kommagetrennt, Zahlen in voller Genauigkeit).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="159"/>
            <source>Accuracy report</source>
            <translation>Genauigkeitsbericht</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="160"/>
            <source>HTML files (*.html)</source>
            <translation>HTML-Dateien (*.html)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="163"/>
            <source>An HTML report: inputs, sampling, overall accuracy, kappa, mean IoU, the confusion matrix as a heat map (cell colour = share of the reference class) and the per-class metrics.</source>
            <translation>Ein HTML-Bericht: Eingaben, Stichprobe, Gesamtgenauigkeit, Kappa, mittlere IoU, die Konfusionsmatrix als Heatmap (Zellfarbe = Anteil an der Referenzklasse) und die Kennzahlen je Klasse.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="165"/>
            <source>Overall accuracy</source>
            <translation>Gesamtgenauigkeit</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="166"/>
            <source>Cohen's kappa</source>
            <translation>Cohens Kappa</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="167"/>
            <source>Mean IoU</source>
            <translation>Mittlere IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="67"/>
            <source>CPU build (onnxruntime)</source>
            <translation>CPU-Version (onnxruntime)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="70"/>
            <source>NVIDIA GPU build (onnxruntime-gpu; also runs on the CPU)</source>
            <translation>NVIDIA-GPU-Version (onnxruntime-gpu; läuft auch auf der CPU)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="75"/>
            <source>PyTorch for macOS (CPU and Apple GPU)</source>
            <translation>PyTorch für macOS (CPU und Apple-GPU)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="77"/>
            <source>NVIDIA GPU build (CUDA)</source>
            <translation>NVIDIA-GPU-Version (CUDA)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="79"/>
            <source>CPU build</source>
            <translation>CPU-Version</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="80"/>
            <source>NVIDIA GPU build (CUDA, from PyPI)</source>
            <translation>NVIDIA-GPU-Version (CUDA, von PyPI)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="81"/>
            <source>CPU build (PyTorch's CPU index)</source>
            <translation>CPU-Version (CPU-Index von PyTorch)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="83"/>
            <source>onnx</source>
            <translation>onnx</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="85"/>
            <source>Dask (dask and distributed), for DASK_SCHEDULER</source>
            <translation>Dask (dask und distributed), für DASK_SCHEDULER</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="171"/>
            <source>In QGIS Desktop, Raster ▸ Pixelwise ▸ Install Python packages… installs them into Pixelwise's own folder when you agree; or install them with '{command}'</source>
            <translation>In QGIS Desktop installiert Raster ▸ Pixelwise ▸ Python-Pakete installieren… sie nach Ihrer Zustimmung in Pixelwises eigenen Ordner; oder installieren Sie sie mit '{command}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="175"/>
            <source>Install them with '{command}'</source>
            <translation>Installieren Sie sie mit '{command}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="177"/>
            <source> (Debian/Ubuntu: 'sudo apt install {apt}')</source>
            <translation> (Debian/Ubuntu: 'sudo apt install {apt}')</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="180"/>
            <source> ('{alternative}' instead of '{pip}' for an NVIDIA GPU)</source>
            <translation> ('{alternative}' statt '{pip}' für eine NVIDIA-GPU)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="182"/>
            <source>Pixelwise needs the Python packages {missing}, which QGIS's Python cannot import. {hint} and restart QGIS.</source>
            <translation>Pixelwise benötigt die Python-Pakete {missing}, die das Python von QGIS nicht importieren kann. {hint} und starten Sie QGIS neu.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="142"/>
            <source>Export Training Data For Deep Learning</source>
            <translation>Trainingsdaten für Deep Learning exportieren</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="145"/>
            <source>deep learning,training data,chips,tiles,labels,arcgis,pascal voc,kitti,segmentation,coco,yolo,mask r-cnn,imagenet,cyclegan,panoptic</source>
            <translation>Deep Learning,Trainingsdaten,Bildkacheln,Kacheln,Labels,arcgis,pascal voc,kitti,Segmentierung,coco,yolo,mask r-cnn,imagenet,cyclegan,panoptisch</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="149"/>
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
            <location filename="../processing_provider/export_training_data.py" line="179"/>
            <source>The imagery to cut into chips: one raster, or several (PROCESSING_MODE says whether they are mosaicked or cut one by one). Chips keep the raster's data type and all its bands. Any QGIS raster layer works, web services too (XYZ, WMS, WMTS, WCS, ArcGIS REST: red, green and blue bands; EXTENT is then required).</source>
            <translation>Das in Kacheln zu schneidende Bild: ein Raster oder mehrere (PROCESSING_MODE sagt, ob sie mosaikiert oder einzeln geschnitten werden). Kacheln behalten Datentyp und alle Bänder des Rasters. Jeder QGIS-Rasterlayer geht, auch Webdienste (XYZ, WMS, WMTS, WCS, ArcGIS REST: Rot-, Grün- und Blauband; EXTENT ist dann nötig).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="184"/>
            <source>Output folder</source>
            <translation>Ausgabeordner</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="185"/>
            <source>Folder that receives images/, labels/ and the metadata files. It must not exist, be empty, or hold an earlier Pixelwise export.</source>
            <translation>Ordner, der images/, labels/ und die Metadatendateien aufnimmt. Er darf nicht existieren, muss leer sein oder einen früheren Pixelwise-Export enthalten.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="189"/>
            <source>Input feature class or classified raster</source>
            <translation>Eingabe-Feature-Class oder klassifiziertes Raster</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="192"/>
            <source>Labels: polygons, points (with a buffer radius) or a single-band class raster whose values are the classes (0 = no class). Leave empty with Export_Tiles.</source>
            <translation>Labels: Polygone, Punkte (mit Pufferradius) oder ein einkanaliges Klassenraster, dessen Werte die Klassen sind (0 = keine Klasse). Bei Export_Tiles leer lassen.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="195"/>
            <source>Image format</source>
            <translation>Bildformat</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="196"/>
            <source>File format of the image chips. PNG and JPEG take at most 3 bands; JPEG takes 8-bit data only.</source>
            <translation>Dateiformat der Bildkacheln. PNG und JPEG nehmen höchstens 3 Kanäle auf; JPEG nimmt nur 8-Bit-Daten auf.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="200"/>
            <source>Tile size X</source>
            <translation>Kachelgröße X</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="200"/>
            <source>Chip width in pixels.</source>
            <translation>Kachelbreite in Pixeln.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="203"/>
            <source>Tile size Y</source>
            <translation>Kachelgröße Y</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="203"/>
            <source>Chip height in pixels.</source>
            <translation>Kachelhöhe in Pixeln.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="206"/>
            <source>Stride X</source>
            <translation>Schrittweite X</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="207"/>
            <source>Horizontal distance between chip origins in pixels; equal to the tile size for no overlap.</source>
            <translation>Horizontaler Abstand der Kachelursprünge in Pixeln; gleich der Kachelgröße für keine Überlappung.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="210"/>
            <source>Stride Y</source>
            <translation>Schrittweite Y</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="211"/>
            <source>Vertical distance between chip origins in pixels; equal to the tile size for no overlap.</source>
            <translation>Vertikaler Abstand der Kachelursprünge in Pixeln; gleich der Kachelgröße für keine Überlappung.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="214"/>
            <source>Output no feature tiles</source>
            <translation>Kacheln ohne Objekte ausgeben</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="216"/>
            <source>ALL_TILES writes every chip; ONLY_TILES_WITH_FEATURES skips chips without any label.</source>
            <translation>ALL_TILES schreibt jede Kachel; ONLY_TILES_WITH_FEATURES überspringt Kacheln ohne jedes Label.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="218"/>
            <source>Metadata format</source>
            <translation>Metadatenformat</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="219"/>
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
            <location filename="../processing_provider/export_training_data.py" line="239"/>
            <source>Start index</source>
            <translation>Startindex</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="240"/>
            <source>Number of the first chip (deprecated in ArcGIS Pro; an earlier Pixelwise export in the output folder is continued from its next free index).</source>
            <translation>Nummer der ersten Kachel (in ArcGIS Pro veraltet; ein früherer Pixelwise-Export im Ausgabeordner wird ab seinem nächsten freien Index fortgesetzt).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="245"/>
            <source>Field of the input features holding the class. Whole numbers are used as class values (0 = no class); text values become classes 1…n named by the text. If empty, a field named 'value' or 'classvalue' is used, else all features are one class.</source>
            <translation>Feld der Eingabeobjekte mit der Klasse. Ganze Zahlen werden als Klassenwerte verwendet (0 = keine Klasse); Textwerte werden zu Klassen 1…n, benannt nach dem Text. Ist es leer, wird ein Feld namens 'value' oder 'classvalue' verwendet, sonst bilden alle Objekte eine Klasse.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="249"/>
            <source>Buffer radius</source>
            <translation>Pufferradius</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="251"/>
            <source>Buffer drawn around each input feature (and each IN_INSTANCE_DATA feature), in the units of the features' CRS. Points need a radius greater than 0 (they become circles).</source>
            <translation>Puffer um jedes Eingabeobjekt (und jedes Objekt von IN_INSTANCE_DATA), in den Einheiten des KBS der Objekte. Punkte brauchen einen Radius größer als 0 (sie werden zu Kreisen).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="256"/>
            <source>Only chips that lie completely inside these polygons are written.</source>
            <translation>Nur Kacheln, die vollständig innerhalb dieser Polygone liegen, werden geschrieben.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="259"/>
            <source>Area to export (the ArcGIS 'extent' environment); the whole raster if not set. Required for a web layer, which has no extent of its own.</source>
            <translation>Zu exportierender Bereich (die ArcGIS-Umgebung „extent“); ohne Angabe das ganze Raster. Nötig für einen Web-Layer, der keine eigene Ausdehnung hat.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="264"/>
            <source>Output cell size in the units of the (first) input raster's CRS, or OUT_SR's when set (the ArcGIS 'cellSize' environment); 0 keeps the raster's own cell size (or the snap raster's). For a tiled web layer it picks the zoom level (0: the finest the service offers); a WMS or ArcGIS layer needs it.</source>
            <translation>Ausgabe-Zellengröße in den Einheiten des KBS des (ersten) Eingaberasters, oder von OUT_SR, wenn gesetzt (die ArcGIS-Umgebung „cellSize“); 0 behält die eigene Zellengröße des Rasters (oder die des Fangrasters). Bei einem gekachelten Web-Layer wählt sie die Zoomstufe (0: die feinste, die der Dienst anbietet); ein WMS- oder ArcGIS-Layer braucht sie.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="269"/>
            <source>PNG compression level</source>
            <translation>PNG-Kompressionsstufe</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="270"/>
            <source>zlib level of PNG image chips, 1 (fastest) to 9 (smallest); label PNGs are written at 1. Measured on aerial RGB chips, level 6 (GDAL's default) encodes 2.5 times slower than 1 for files 2 % smaller, so 1 is the default. (Pixelwise addition.)</source>
            <translation>zlib-Stufe der PNG-Bildkacheln, 1 (am schnellsten) bis 9 (am kleinsten); Label-PNGs werden mit Stufe 1 geschrieben. Gemessen an RGB-Luftbildkacheln kodiert Stufe 6 (GDALs Standard) 2,5-mal langsamer als 1 bei 2 % kleineren Dateien, daher ist 1 der Standard. (Pixelwise-Ergänzung.)</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="274"/>
            <source>Edge chips</source>
            <translation>Randkacheln</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="275"/>
            <source>What happens to grid cells that run past the right or bottom edge of the raster: SHIFT_INWARD moves the last chip back so it ends at the edge, PAD fills the missing pixels with NoData, DROP leaves the cell out. (Pixelwise addition; ArcGIS does not document its behaviour.)</source>
            <translation>Was mit Gitterzellen geschieht, die über den rechten oder unteren Rand des Rasters hinausreichen: SHIFT_INWARD verschiebt die letzte Kachel zurück, sodass sie am Rand endet, PAD füllt die fehlenden Pixel mit NoData, DROP lässt die Zelle weg. (Pixelwise-Ergänzung; ArcGIS dokumentiert sein Verhalten nicht.)</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="280"/>
            <source>Rotation angle</source>
            <translation>Drehwinkel</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="281"/>
            <source>Augmentation, in degrees: with an angle a greater than 0 every chip is also written rotated counter-clockwise about its centre by a, 2a, … (less than 360°), ceil(360 / a) copies in all; rotated chips are resampled from the raster around them and their labels recomputed. 0 writes no rotated chips.</source>
            <translation>Augmentierung, in Grad: Bei einem Winkel a größer als 0 wird jede Kachel zusätzlich gegen den Uhrzeigersinn um ihren Mittelpunkt um a, 2a, … (weniger als 360°) gedreht geschrieben, insgesamt ceil(360 / a) Kopien; gedrehte Kacheln werden aus dem umgebenden Raster neu berechnet und ihre Labels neu bestimmt. 0 schreibt keine gedrehten Kacheln.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="287"/>
            <source>Reference system</source>
            <translation>Bezugssystem</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="288"/>
            <source>MAP_SPACE cuts georeferenced chips (the raster needs a CRS); PIXEL_SPACE cuts chips in image rows and columns and writes them without CRS or world file, also from a raster without georeference. Use the space the model will be run in.</source>
            <translation>MAP_SPACE schneidet georeferenzierte Kacheln (das Raster braucht ein KBS); PIXEL_SPACE schneidet Kacheln in Bildzeilen und -spalten und schreibt sie ohne KBS oder World-File, auch aus einem Raster ohne Georeferenzierung. Verwenden Sie den Raum, in dem das Modell ausgeführt wird.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="292"/>
            <source>Processing mode</source>
            <translation>Verarbeitungsmodus</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="293"/>
            <source>With several input rasters: PROCESS_AS_MOSAICKED_IMAGE mosaics them into one image first (same CRS, band count and data type; later rasters on top); PROCESS_ITEMS_SEPARATELY cuts each raster on its own grid, chip numbers continuing from one raster to the next.</source>
            <translation>Bei mehreren Eingaberastern: PROCESS_AS_MOSAICKED_IMAGE fügt sie zuerst zu einem Bild zusammen (gleiches KBS, gleiche Kanalanzahl und gleicher Datentyp; spätere Raster oben); PROCESS_ITEMS_SEPARATELY zerlegt jedes Raster auf seinem eigenen Gitter, wobei die Kachelnummern von einem Raster zum nächsten fortlaufen.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="297"/>
            <source>Blacken around feature</source>
            <translation>Um Objekt schwärzen</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="298"/>
            <source>For the one-feature chips of Labeled_Tiles and Imagenet: BLACKEN_AROUND_FEATURE sets every pixel whose centre lies outside the feature to 0; NO_BLACKEN keeps the imagery around it.</source>
            <translation>Für die Ein-Objekt-Kacheln von Labeled_Tiles und Imagenet: BLACKEN_AROUND_FEATURE setzt jedes Pixel, dessen Mittelpunkt außerhalb des Objekts liegt, auf 0; NO_BLACKEN behält die Bilddaten darum herum.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="301"/>
            <source>Crop mode</source>
            <translation>Zuschneidemodus</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="302"/>
            <source>For Labeled_Tiles and Imagenet (one chip per feature): FIXED_SIZE writes a tile-size chip centred on the feature; BOUNDING_BOX crops the chip to the feature's bounding box, so chip sizes vary.</source>
            <translation>Für Labeled_Tiles und Imagenet (eine Kachel je Objekt): FIXED_SIZE schreibt eine Kachel in Kachelgröße, zentriert auf das Objekt; BOUNDING_BOX schneidet die Kachel auf das umgebende Rechteck des Objekts zu, sodass die Kachelgrößen variieren.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="306"/>
            <source>Additional input raster</source>
            <translation>Zusätzliches Eingaberaster</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="307"/>
            <source>A second raster cut on the same chips (resampled onto the input raster's grid) and written to images2/, for image translation or change detection. Only with Export_Tiles, Classified_Tiles and CycleGAN; arcgis.learn reads Classified_Tiles with images2/ as change detection.</source>
            <translation>Ein zweites Raster, nach denselben Kacheln zerlegt (auf das Gitter des Eingaberasters umgerechnet) und in images2/ geschrieben, für Bildübersetzung oder Änderungserkennung. Nur mit Export_Tiles, Classified_Tiles und CycleGAN; arcgis.learn liest Classified_Tiles mit images2/ als Änderungserkennung.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="313"/>
            <source>Input instance data</source>
            <translation>Eingabe-Instanzdaten</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="315"/>
            <source>Instance labels for Panoptic_Segmentation: polygons, or points with a buffer radius; each feature is one instance in the masks of labels2/&lt;class name&gt;/.</source>
            <translation>Instanzlabels für Panoptic_Segmentation: Polygone oder Punkte mit Pufferradius; jedes Objekt ist eine Instanz in den Masken von labels2/&lt;class name&gt;/.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="318"/>
            <source>Instance class value field</source>
            <translation>Klassenwertfeld der Instanzen</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="320"/>
            <source>Field of the instance features holding the class, read like the class value field. If empty, a field named 'value' or 'classvalue' is used, else all features are one class.</source>
            <translation>Feld der Instanzobjekte mit der Klasse, gelesen wie das Klassenwertfeld. Ist es leer, wird ein Feld namens 'value' oder 'classvalue' verwendet, sonst bilden alle Objekte eine Klasse.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="323"/>
            <source>Minimum polygon overlap ratio</source>
            <translation>Minimales Polygon-Überlappungsverhältnis</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="324"/>
            <source>A feature is put in a chip's label only when at least this fraction (0 to 1) of its area lies inside the chip; 0 keeps every feature that touches the chip. Polygon and point labels only.</source>
            <translation>Ein Objekt kommt nur dann in das Label einer Kachel, wenn mindestens dieser Anteil (0 bis 1) seiner Fläche in der Kachel liegt; 0 behält jedes Objekt, das die Kachel berührt. Nur für Polygon- und Punktlabels.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="331"/>
            <source>Chip index</source>
            <translation>Kachelindex</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="335"/>
            <source>One polygon per written chip (chip_name, image_path, feature_count), in the chips' CRS (the raster's, or OUT_SR's).</source>
            <translation>Ein Polygon je geschriebener Kachel (chip_name, image_path, feature_count), im KBS der Kacheln (dem des Rasters oder von OUT_SR).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="341"/>
            <source>Number of chips</source>
            <translation>Anzahl der Kacheln</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="59"/>
            <source>Train Pixel Classifier</source>
            <translation>Pixelklassifikator trainieren</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="62"/>
            <source>deep learning,training,train,unet,u-net,segmentation,pixel classification,pytorch,onnx,emd,dlpk,arcgis</source>
            <translation>Deep Learning,Training,trainieren,unet,u-net,Segmentierung,Pixelklassifizierung,pytorch,onnx,emd,dlpk,arcgis</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="66"/>
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
            <location filename="../processing_provider/train_pixel_classifier.py" line="91"/>
            <source>Input training data</source>
            <translation>Eingabe-Trainingsdaten</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="93"/>
            <source>Folder of a Classified_Tiles export (map.txt, images/, labels/, esri_model_definition.emd, esri_accumulated_stats.json), from Pixelwise or ArcGIS Pro. Its classes (values, names, colours) become the model's classes; label pixels of value 0 are unlabelled.</source>
            <translation>Ordner eines Classified_Tiles-Exports (map.txt, images/, labels/, esri_model_definition.emd, esri_accumulated_stats.json), aus Pixelwise oder ArcGIS Pro. Seine Klassen (Werte, Namen, Farben) werden die Klassen des Modells; Labelpixel mit dem Wert 0 sind ungelabelt.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="97"/>
            <source>Output model</source>
            <translation>Ausgabemodell</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="98"/>
            <source>Folder that receives the trained model. It must be new, empty, or the folder of an earlier Train Pixel Classifier run, whose files are replaced.</source>
            <translation>Ordner, der das trainierte Modell aufnimmt. Er muss neu, leer oder der Ordner eines früheren Laufs von Pixelklassifikator trainieren sein, dessen Dateien ersetzt werden.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="101"/>
            <source>Max epochs</source>
            <translation>Maximale Epochen</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="102"/>
            <source>Most passes over the training chips (ArcGIS max_epochs). Training may stop earlier, see STOP_TRAINING.</source>
            <translation>Höchstzahl der Durchläufe über die Trainingskacheln (ArcGIS max_epochs). Das Training kann früher enden, siehe STOP_TRAINING.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="105"/>
            <source>Batch size</source>
            <translation>Batchgröße</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="106"/>
            <source>Chips per training step. Larger batches need more memory (GPU memory on a GPU).</source>
            <translation>Kacheln je Trainingsschritt. Größere Batches brauchen mehr Speicher (GPU-Speicher auf einer GPU).</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="108"/>
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="109"/>
            <source>Step size of the Adam optimiser (ArcGIS learning_rate). 0.001 suits the small U-Net; 0 leaves the initial weights unchanged.</source>
            <translation>Schrittweite des Adam-Optimierers (ArcGIS learning_rate). 0.001 passt zum kleinen U-Net; 0 lässt die Anfangsgewichte unverändert.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="112"/>
            <source>Validation %</source>
            <translation>Validierung %</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="113"/>
            <source>Percentage of the chips held out to measure the model after every epoch (ArcGIS validation_percentage): at least one chip, drawn with RANDOM_SEED.</source>
            <translation>Prozentsatz der Kacheln, die zurückgehalten werden, um das Modell nach jeder Epoche zu messen (ArcGIS validation_percentage): mindestens eine Kachel, gezogen mit RANDOM_SEED.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="117"/>
            <source>Stop when model stops improving</source>
            <translation>Anhalten, wenn sich das Modell nicht mehr verbessert</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="118"/>
            <source>STOP_TRAINING: stop once the validation IoU has not improved for PATIENCE epochs (ArcGIS stop_training). CONTINUE_TRAINING: train all MAX_EPOCHS epochs. Either way the best epoch's model is written.</source>
            <translation>STOP_TRAINING: anhalten, sobald sich die Validierungs-IoU PATIENCE Epochen lang nicht verbessert hat (ArcGIS stop_training). CONTINUE_TRAINING: alle MAX_EPOCHS Epochen trainieren. In beiden Fällen wird das Modell der besten Epoche geschrieben.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="122"/>
            <source>Patience (epochs)</source>
            <translation>Geduld (Epochen)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="123"/>
            <source>Epochs without a better validation IoU before training stops (with STOP_TRAINING).</source>
            <translation>Epochen ohne bessere Validierungs-IoU, bevor das Training endet (mit STOP_TRAINING).</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="125"/>
            <source>Augment chips with flips and rotations</source>
            <translation>Kacheln durch Spiegelungen und Drehungen augmentieren</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="126"/>
            <source>Show each training chip randomly flipped and rotated by multiples of 90° (image and label alike): all eight variants for MAP_SPACE exports, left-right flips for PIXEL_SPACE ones.</source>
            <translation>Zeigt jede Trainingskachel zufällig gespiegelt und um Vielfache von 90° gedreht (Bild und Label gleichermaßen): alle acht Varianten bei MAP_SPACE-Exporten, Links-rechts-Spiegelungen bei PIXEL_SPACE-Exporten.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="130"/>
            <source>Seed of the initial weights, the validation split, the chip order and the augmentations: the same seed gives the same model on the CPU.</source>
            <translation>Startwert für die Anfangsgewichte, die Validierungsaufteilung, die Kachelreihenfolge und die Augmentierungen: Derselbe Startwert ergibt auf der CPU dasselbe Modell.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="134"/>
            <source>Where the model trains (the ArcGIS 'processorType' environment): AUTO uses an NVIDIA GPU when PyTorch has CUDA and the CPU otherwise; GPU fails instead of falling back to the CPU; CPU uses the CPU only. The log names the device.</source>
            <translation>Wo das Modell trainiert (die ArcGIS-Umgebung 'processorType'): AUTO nutzt eine NVIDIA-GPU, wenn PyTorch CUDA hat, sonst die CPU; GPU schlägt fehl, statt auf die CPU auszuweichen; CPU nutzt nur die CPU. Das Protokoll nennt das Gerät.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="138"/>
            <source>Model width</source>
            <translation>Modellbreite</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="139"/>
            <source>Channels of the U-Net's first level, doubled at every level below (Pixelwise addition). 16 trains in seconds to minutes on a CPU; 32 or 64 learn more and need a GPU.</source>
            <translation>Kanäle der ersten Ebene des U-Net, auf jeder tieferen Ebene verdoppelt (Pixelwise-Ergänzung). 16 trainiert auf einer CPU in Sekunden bis Minuten; 32 oder 64 lernen mehr und brauchen eine GPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="143"/>
            <source>Model depth</source>
            <translation>Modelltiefe</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="144"/>
            <source>Down-samplings of the U-Net (Pixelwise addition): its view grows with 2^depth. The chips must be at least 2^depth pixels wide and high.</source>
            <translation>Downsampling-Stufen des U-Net (Pixelwise-Ergänzung): Sein Sichtfeld wächst mit 2^depth. Die Kacheln müssen mindestens 2^depth Pixel breit und hoch sein.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="146"/>
            <source>Model definition (.emd)</source>
            <translation>Modelldefinition (.emd)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="147"/>
            <source>Deep learning package (.dlpk)</source>
            <translation>Deep-Learning-Paket (.dlpk)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="148"/>
            <source>Training report (PNG)</source>
            <translation>Trainingsbericht (PNG)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="149"/>
            <source>Best validation IoU</source>
            <translation>Beste Validierungs-IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="150"/>
            <source>Epochs run</source>
            <translation>Ausgeführte Epochen</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="83"/>
            <location filename="../processing_provider/training_report.py" line="335"/>
            <source>Loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="83"/>
            <location filename="../processing_provider/training_report.py" line="338"/>
            <source>Cross-entropy per labelled pixel</source>
            <translation>Kreuzentropie je gelabeltem Pixel</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="84"/>
            <location filename="../processing_provider/training_report.py" line="339"/>
            <source>Validation mean IoU</source>
            <translation>Mittlere Validierungs-IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="84"/>
            <location filename="../processing_provider/training_report.py" line="340"/>
            <source>IoU</source>
            <translation>IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="87"/>
            <location filename="../processing_provider/training_report.py" line="275"/>
            <source>Epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="104"/>
            <location filename="../processing_provider/training_report.py" line="336"/>
            <source>training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="105"/>
            <location filename="../processing_provider/training_report.py" line="337"/>
            <source>validation</source>
            <translation>Validierung</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="113"/>
            <location filename="../processing_provider/training_report.py" line="340"/>
            <source>validation IoU</source>
            <translation>Validierungs-IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="119"/>
            <location filename="../processing_provider/training_report.py" line="341"/>
            <source>best: epoch {epoch}, {iou:.3f}</source>
            <translation>beste: Epoche {epoch}, {iou:.3f}</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="45"/>
            <source>Pixelwise: install Python packages</source>
            <translation>Pixelwise: Python-Pakete installieren</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="49"/>
            <source>&lt;b&gt;{tool}&lt;/b&gt; needs the Python packages &lt;b&gt;{names}&lt;/b&gt;, which QGIS's Python cannot import.&lt;br&gt;Pixelwise can install them from the Python Package Index (PyPI) with pip, into its own folder:&lt;br&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;br&gt;Nothing else in QGIS or on this computer changes; removing the plugin removes them.</source>
            <translation>&lt;b&gt;{tool}&lt;/b&gt; benötigt die Python-Pakete &lt;b&gt;{names}&lt;/b&gt;, die QGIS' Python nicht importieren kann.&lt;br&gt;Pixelwise kann sie mit pip aus dem Python Package Index (PyPI) in seinen eigenen Ordner installieren:&lt;br&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;br&gt;Sonst ändert sich nichts in QGIS oder auf diesem Computer; das Entfernen des Plugins entfernt sie.</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="70"/>
            <source>{label}, about {size} MB</source>
            <translation>{label}, etwa {size} MB</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="96"/>
            <source>Install</source>
            <translation>Installieren</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="98"/>
            <location filename="../plugin/dependency_dialog.py" line="120"/>
            <source>Show pip output</source>
            <translation>pip-Ausgabe anzeigen</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="120"/>
            <source>Hide pip output</source>
            <translation>pip-Ausgabe ausblenden</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="151"/>
            <source>Installing with pip…</source>
            <translation>Installation mit pip…</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="165"/>
            <source>Python could not be started ({program}). Install the packages by hand: see the Pixelwise README.</source>
            <translation>Python konnte nicht gestartet werden ({program}). Installieren Sie die Pakete von Hand: siehe die Pixelwise-README.</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="176"/>
            <source>Installed. The tool runs now, no restart needed.</source>
            <translation>Installiert. Das Werkzeug läuft jetzt, ohne Neustart.</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="178"/>
            <source>pip finished, but {missing} still does not import: see pip's output.</source>
            <translation>pip ist fertig, aber {missing} lässt sich noch immer nicht importieren: siehe die Ausgabe von pip.</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="182"/>
            <source>pip failed (exit code {code}): {last}</source>
            <translation>pip ist fehlgeschlagen (Exit-Code {code}): {last}</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="198"/>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="62"/>
            <source>Install Python packages…</source>
            <translation>Python-Pakete installieren…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="104"/>
            <source>Every Python package Pixelwise uses is installed.</source>
            <translation>Alle Python-Pakete, die Pixelwise verwendet, sind installiert.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="60"/>
            <source>the model definition cannot be read</source>
            <translation>die Modelldefinition kann nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="157"/>
            <source>open (ARGUMENTS tile_size)</source>
            <translation>offen (tile_size in ARGUMENTS)</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="162"/>
            <source>model input channels, raster bands in order</source>
            <translation>Eingabekanäle des Modells, Rasterbänder in Reihenfolge</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="164"/>
            <source>the raster's bands in order</source>
            <translation>die Bänder des Rasters in Reihenfolge</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="165"/>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="166"/>
            <source>Framework</source>
            <translation>Framework</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="167"/>
            <source>Input size</source>
            <translation>Eingabegröße</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="168"/>
            <source>Bands</source>
            <translation>Bänder</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="173"/>
            <location filename="../plugin/widgets/model_card.py" line="175"/>
            <source>Classes</source>
            <translation>Klassen</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="175"/>
            <source>one per output channel, named by its index</source>
            <translation>eine je Ausgabekanal, nach ihrem Index benannt</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="177"/>
            <location filename="../plugin/widgets/model_card.py" line="179"/>
            <source>Argument defaults</source>
            <translation>Standardwerte der Argumente</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="45"/>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="46"/>
            <source>Y</source>
            <translation>Y</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="48"/>
            <source>Tile size</source>
            <translation>Kachelgröße</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="48"/>
            <source>Stride</source>
            <translation>Schrittweite</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="62"/>
            <source>While locked, Y is kept equal to X</source>
            <translation>Solange gesperrt, bleibt Y gleich X</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="70"/>
            <source>Show the chip grid on the map</source>
            <translation>Kachelraster auf der Karte anzeigen</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="123"/>
            <source>Tile size and stride</source>
            <translation>Kachelgröße und Schrittweite</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="211"/>
            <source>Overlap: X {x:.1f} %, Y {y:.1f} %</source>
            <translation>Überlappung: X {x:.1f} %, Y {y:.1f} %</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="221"/>
            <source>Chips: choose an input raster (and an extent that overlaps it) to count them.</source>
            <translation>Kacheln: Wählen Sie ein Eingaberaster (und eine Ausdehnung, die es überlappt), um sie zu zählen.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="224"/>
            <source>{format} cuts one chip per feature, not this grid.</source>
            <translation>{format} schneidet eine Kachel je Objekt, nicht dieses Raster.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="244"/>
            <source>{count} chips ({cols} × {rows} grid cells) over {width} × {height} pixels</source>
            <translation>{count} Kacheln ({cols} × {rows} Rasterzellen) über {width} × {height} Pixel</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="249"/>
            <source>The map shows the first {limit} chips.</source>
            <translation>Die Karte zeigt die ersten {limit} Kacheln.</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="21"/>
            <source>must be a whole number, 0 or more (got {points!r})</source>
            <translation>muss eine ganze Zahl von 0 oder mehr sein (erhalten: {points!r})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="22"/>
            <source>Give the number of random points to assess, or 0 to assess every valid pixel</source>
            <translation>Geben Sie die Anzahl der zu prüfenden Zufallspunkte an, oder 0, um jedes gültige Pixel zu prüfen</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="25"/>
            <source>unknown value {sampling_strategy!r}</source>
            <translation>unbekannter Wert {sampling_strategy!r}</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="26"/>
            <source>Use one of {sampling_strategies}</source>
            <translation>Verwenden Sie einen der Werte {sampling_strategies}</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="31"/>
            <source>must be a whole number, 0 or more (got {seed!r})</source>
            <translation>muss eine ganze Zahl von 0 oder mehr sein (erhalten: {seed!r})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="32"/>
            <source>Give any whole number of 0 or more; the same seed draws the same points</source>
            <translation>Geben Sie eine beliebige ganze Zahl ab 0 an; derselbe Startwert zieht dieselben Punkte</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="35"/>
            <source>must be at least 1 (got {window_pixels})</source>
            <translation>muss mindestens 1 sein (erhalten: {window_pixels})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="36"/>
            <source>Give the number of pixels to read at a time</source>
            <translation>Geben Sie die Anzahl der Pixel an, die auf einmal gelesen werden</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="82"/>
            <source>is the same file as OUT_CSV</source>
            <translation>ist dieselbe Datei wie OUT_CSV</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="82"/>
            <source>Give the report its own file name</source>
            <translation>Geben Sie dem Bericht einen eigenen Dateinamen</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="114"/>
            <source>no pixel of {classified} has both a class and a reference class ({no_prediction} reference pixels lie on NoData of the classified raster)</source>
            <translation>kein Pixel von {classified} hat zugleich eine Klasse und eine Referenzklasse ({no_prediction} Referenzpixel liegen auf NoData des klassifizierten Rasters)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="116"/>
            <source>Give ground truth that overlaps the classified pixels (reference value 0 and NoData count as no reference)</source>
            <translation>Geben Sie Referenzdaten an, die die klassifizierten Pixel überdecken (Referenzwert 0 und NoData gelten als keine Referenz)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/report.py" line="183"/>
            <location filename="../engine/classify/classifier.py" line="427"/>
            <location filename="../engine/classify/model.py" line="117"/>
            <location filename="../engine/train/dataset.py" line="293"/>
            <location filename="../engine/train/trainer.py" line="95"/>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/report.py" line="183"/>
            <source>Give a file name ({extension})</source>
            <translation>Geben Sie einen Dateinamen an ({extension})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/report.py" line="186"/>
            <location filename="../engine/classify/classifier.py" line="430"/>
            <source>{path!r} is a folder</source>
            <translation>{path!r} ist ein Ordner</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/report.py" line="187"/>
            <source>Give a file name such as accuracy{extension}</source>
            <translation>Geben Sie einen Dateinamen wie accuracy{extension} an</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="70"/>
            <source>none of its class names ({shown}) is a class of {classified} (its class names: {have})</source>
            <translation>keiner seiner Klassennamen ({shown}) ist eine Klasse von {classified} (dessen Klassennamen: {have})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="71"/>
            <source>Choose the field whose texts are the classified raster's class names, or a field of class values</source>
            <translation>Wählen Sie das Feld, dessen Texte die Klassennamen des klassifizierten Rasters sind, oder ein Feld mit Klassenwerten</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="85"/>
            <source>holds {dtype} values; class values must be whole numbers</source>
            <translation>enthält {dtype}-Werte; Klassenwerte müssen ganze Zahlen sein</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="86"/>
            <location filename="../engine/accuracy/truth.py" line="127"/>
            <location filename="../engine/export/sources.py" line="155"/>
            <source>Convert it to an integer raster (e.g. Byte)</source>
            <translation>Wandeln Sie es in ein Ganzzahl-Raster um (z. B. Byte)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="126"/>
            <location filename="../engine/export/sources.py" line="154"/>
            <source>the class raster holds {dtype} values; class values must be whole numbers</source>
            <translation>das Klassenraster enthält {dtype}-Werte; Klassenwerte müssen ganze Zahlen sein</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="135"/>
            <source>is not on the grid of {classified} and it has no CRS, so the two cannot be aligned</source>
            <translation>liegt nicht im Raster von {classified} und hat kein KBS, daher lassen sich die beiden nicht ausrichten</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="136"/>
            <source>is not on the grid of {classified} and {classified} has no CRS, so the two cannot be aligned</source>
            <translation>liegt nicht im Raster von {classified}, und {classified} hat kein KBS, daher lassen sich die beiden nicht ausrichten</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="138"/>
            <source>Assign both rasters their CRS, or give rasters of the same grid</source>
            <translation>Weisen Sie beiden Rastern ihr KBS zu, oder geben Sie Raster mit demselben Gitter an</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="143"/>
            <source>does not overlap {classified} (ground truth {bounds}; classified raster {own}, in {crs})</source>
            <translation>überlappt {classified} nicht (Referenzdaten {bounds}; klassifiziertes Raster {own}, in {crs})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="145"/>
            <source>Give ground truth for the area of the classified raster</source>
            <translation>Geben Sie Referenzdaten für das Gebiet des klassifizierten Rasters an</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="178"/>
            <source>has no coordinate reference system, so it cannot be placed on {classified} ({crs})</source>
            <translation>hat kein Koordinatenbezugssystem und kann daher nicht auf {classified} platziert werden ({crs})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="179"/>
            <source>Assign the layer its CRS (Layer Properties &gt; Source &gt; Assigned Coordinate Reference System)</source>
            <translation>Weisen Sie dem Layer sein KBS zu (Layereigenschaften &gt; Quelle &gt; Zugewiesenes Koordinatenbezugssystem)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="183"/>
            <source>has no coordinate reference system, so ground-truth polygons in {crs} cannot be placed on it</source>
            <translation>hat kein Koordinatenbezugssystem, daher können Referenzpolygone in {crs} nicht darauf platziert werden</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="184"/>
            <location filename="../engine/geometry.py" line="64"/>
            <source>Assign the raster its CRS (Raster &gt; Projections &gt; Assign Projection)</source>
            <translation>Weisen Sie dem Raster sein KBS zu (Raster &gt; Projektionen &gt; Projektion zuweisen)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="188"/>
            <source>has no polygon with a class (every feature is empty or its class is NULL or 0)</source>
            <translation>hat kein Polygon mit einer Klasse (jedes Objekt ist leer oder seine Klasse ist NULL oder 0)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="189"/>
            <source>Choose the layer and the {class_field} that hold the reference classes</source>
            <translation>Wählen Sie den Layer und das {class_field}, die die Referenzklassen enthalten</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="201"/>
            <source>no polygon overlaps {classified} (classified raster {bounds})</source>
            <translation>kein Polygon überlappt {classified} (klassifiziertes Raster {bounds})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="202"/>
            <source>Give ground truth for the area of the classified raster (reprojected polygons are checked in its CRS)</source>
            <translation>Geben Sie Referenzdaten für das Gebiet des klassifizierten Rasters an (umprojizierte Polygone werden in dessen KBS geprüft)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="226"/>
            <source>unsupported ground truth {kind}</source>
            <translation>nicht unterstützte Referenzdaten {kind}</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="227"/>
            <source>Give a class raster or polygons with a class field</source>
            <translation>Geben Sie ein Klassenraster oder Polygone mit einem Klassenfeld an</translation>
        </message>
        <message>
            <location filename="../engine/classes.py" line="44"/>
            <source>class name {name!r} holds the control character(s) {characters}</source>
            <translation>der Klassenname {name!r} enthält das/die Steuerzeichen {characters}</translation>
        </message>
        <message>
            <location filename="../engine/classes.py" line="89"/>
            <source>class value {value!r} is not a whole number</source>
            <translation>der Klassenwert {value!r} ist keine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../engine/classes.py" line="91"/>
            <source>class value {value!r} is negative</source>
            <translation>der Klassenwert {value!r} ist negativ</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="51"/>
            <source>Known arguments: {known}</source>
            <translation>Bekannte Argumente: {known}</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="79"/>
            <source>is not valid JSON (line {lineno}: {msg})</source>
            <translation>ist kein gültiges JSON (Zeile {lineno}: {msg})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="80"/>
            <source>Write name=value;name=value or a JSON object</source>
            <translation>Schreiben Sie name=wert;name=wert oder ein JSON-Objekt</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="83"/>
            <source>JSON arguments must be an object</source>
            <translation>JSON-Argumente müssen ein Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="83"/>
            <source>Write {{"padding": 64}}</source>
            <translation>Schreiben Sie {{"padding": 64}}</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="95"/>
            <source>{row!r} has no value</source>
            <translation>{row!r} hat keinen Wert</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="95"/>
            <source>Write name=value, e.g. padding=64</source>
            <translation>Schreiben Sie name=wert, z. B. padding=64</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="102"/>
            <source>unknown argument {name!r}</source>
            <translation>unbekanntes Argument {name!r}</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="104"/>
            <source>{key} is given twice</source>
            <translation>{key} ist doppelt angegeben</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="104"/>
            <source>Give each argument once</source>
            <translation>Geben Sie jedes Argument nur einmal an</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="113"/>
            <source>{name} must be a whole number (got {raw!r})</source>
            <translation>{name} muss eine ganze Zahl sein (erhalten: {raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="113"/>
            <source>Write e.g. {name}=64</source>
            <translation>Schreiben Sie z. B. {name}=64</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="117"/>
            <source>{name} must be a whole number, at least {minimum} (got {raw!r})</source>
            <translation>{name} muss eine ganze Zahl von mindestens {minimum} sein (erhalten: {raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="118"/>
            <location filename="../engine/classify/arguments.py" line="120"/>
            <source>Set {name} in range</source>
            <translation>Setzen Sie {name} auf einen Wert im gültigen Bereich</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="119"/>
            <source>{name} must be a whole number, {minimum}…{maximum} (got {raw!r})</source>
            <translation>{name} muss eine ganze Zahl von {minimum}…{maximum} sein (erhalten: {raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="128"/>
            <source>{name} must be True or False (got {raw!r})</source>
            <translation>{name} muss True oder False sein (erhalten: {raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="128"/>
            <source>Write {name}=True or {name}=False</source>
            <translation>Schreiben Sie {name}=True oder {name}=False</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="140"/>
            <source>tile_size {tile} is not possible: the model's input is fixed at {input_height}×{input_width} pixels</source>
            <translation>tile_size {tile} ist nicht möglich: Die Eingabe des Modells ist auf {input_height}×{input_width} Pixel festgelegt</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="141"/>
            <source>Leave tile_size unset for this model</source>
            <translation>Lassen Sie tile_size für dieses Modell leer</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="150"/>
            <source>the model's input size is open (height and width are free in the ONNX graph) and the model definition gives no ImageHeight/ImageWidth</source>
            <translation>die Eingabegröße des Modells ist offen (Höhe und Breite sind im ONNX-Graphen frei), und die Modelldefinition gibt weder ImageHeight noch ImageWidth an</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="151"/>
            <source>Give the chip size it was trained on, e.g. tile_size={default_tile_size}, or ImageHeight and ImageWidth in the .emd</source>
            <translation>Geben Sie die Kachelgröße an, mit der es trainiert wurde, z. B. tile_size={default_tile_size}, oder ImageHeight und ImageWidth in der .emd</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="160"/>
            <source>padding is fixed at {padding} by the model's ModelPadding (got {given})</source>
            <translation>padding ist durch das ModelPadding des Modells auf {padding} festgelegt (erhalten: {given})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="161"/>
            <source>Leave padding unset for this model</source>
            <translation>Lassen Sie padding für dieses Modell leer</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="170"/>
            <source>padding {padding} leaves no room in a {tile_h}×{tile_w} window (it must be below half the window)</source>
            <translation>padding {padding} lässt in einem {tile_h}×{tile_w}-Fenster keinen Platz (es muss unter der halben Fenstergröße liegen)</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="171"/>
            <source>Use padding below {half}, e.g. {quarter}</source>
            <translation>Verwenden Sie ein padding unter {half}, z. B. {quarter}</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="185"/>
            <source>merge_policy must be one of {merge_policies} (got {merge_policy!r})</source>
            <translation>merge_policy muss einer der Werte {merge_policies} sein (erhalten: {merge_policy!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="186"/>
            <source>Write merge_policy=mean</source>
            <translation>Schreiben Sie merge_policy=mean</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="189"/>
            <source>a batch of {batch} windows of {tile_h}×{tile_w} px holds {mpx} million pixels, more than {limit} million</source>
            <translation>ein Stapel von {batch} Fenstern zu {tile_h}×{tile_w} px enthält {mpx} Millionen Pixel, mehr als {limit} Millionen</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="191"/>
            <source>Use a smaller batch_size or tile_size (or ImageHeight/ImageWidth, BatchSize in the model definition)</source>
            <translation>Verwenden Sie eine kleinere batch_size oder tile_size (oder ImageHeight/ImageWidth, BatchSize in der Modelldefinition)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="144"/>
            <source>{name} has {count} inputs; pixel classification needs one image input</source>
            <translation>{name} hat {count} Eingaben; die Pixelklassifizierung braucht genau eine Bildeingabe</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="145"/>
            <source>Export the model with a single (batch, bands, height, width) input</source>
            <translation>Exportieren Sie das Modell mit einer einzigen Eingabe (batch, bands, height, width)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="150"/>
            <source>{name} takes a {ndim}-D input {shape}; an image model takes (batch, bands, height, width)</source>
            <translation>{name} nimmt eine {ndim}-D-Eingabe {shape}; ein Bildmodell nimmt (batch, bands, height, width)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="151"/>
            <source>Export the model with a 4-D input</source>
            <translation>Exportieren Sie das Modell mit einer 4-D-Eingabe</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="154"/>
            <source>{name} takes {type} input; Pixelwise feeds float tensors</source>
            <translation>{name} nimmt eine {type}-Eingabe; Pixelwise liefert float-Tensoren</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="155"/>
            <source>Export the model with a float32 input</source>
            <translation>Exportieren Sie das Modell mit einer float32-Eingabe</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="166"/>
            <source>ModelFormat says {model_format}, but {name} takes {shape}, which is {graph} (channels first)</source>
            <translation>ModelFormat gibt {model_format} an, aber {name} nimmt {shape}, also {graph} (Kanäle zuerst)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="168"/>
            <source>ModelFormat says {model_format}, but {name} takes {shape}, which is {graph} (channels last)</source>
            <translation>ModelFormat gibt {model_format} an, aber {name} nimmt {shape}, also {graph} (Kanäle zuletzt)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="170"/>
            <source>Set ModelFormat to {graph} in the model definition, or leave it out</source>
            <translation>Setzen Sie ModelFormat in der Modelldefinition auf {graph}, oder lassen Sie es weg</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="237"/>
            <source>{name} returns a {ndim}-D output {shape}; pixel classification needs (batch, classes, height, width) scores</source>
            <translation>{name} gibt eine {ndim}-D-Ausgabe {shape} zurück; die Pixelklassifizierung braucht Bewertungen (batch, classes, height, width)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="240"/>
            <source>Export the segmentation model without post-processing</source>
            <translation>Exportieren Sie das Segmentierungsmodell ohne Nachbearbeitung</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="250"/>
            <source>{name} returns {shape} for a {height}×{width} window; expected class scores of the window's size or of its inner {inner_height}×{inner_width} pixels (ModelPadding)</source>
            <translation>{name} gibt {shape} für ein {height}×{width}-Fenster zurück; erwartet werden Klassenbewertungen in der Fenstergröße oder für die inneren {inner_height}×{inner_width} Pixel (ModelPadding)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="253"/>
            <source>{name} returns {shape} for a {height}×{width} window; expected class scores of the window's size</source>
            <translation>{name} gibt {shape} für ein {height}×{width}-Fenster zurück; erwartet werden Klassenbewertungen in der Fenstergröße</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="255"/>
            <source>Export the model so that it outputs one score per pixel</source>
            <translation>Exportieren Sie das Modell so, dass es eine Bewertung je Pixel ausgibt</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="427"/>
            <source>Give an output file name (.tif)</source>
            <translation>Geben Sie einen Ausgabedateinamen an (.tif)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="430"/>
            <source>Give a file name such as classified.tif</source>
            <translation>Geben Sie einen Dateinamen wie classified.tif an</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="473"/>
            <location filename="../engine/session.py" line="93"/>
            <location filename="../engine/train/trainer.py" line="73"/>
            <source>unknown value {processor_type!r}</source>
            <translation>unbekannter Wert {processor_type!r}</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="474"/>
            <location filename="../engine/session.py" line="94"/>
            <location filename="../engine/train/trainer.py" line="74"/>
            <source>Use one of {processor_types}</source>
            <translation>Verwenden Sie einen der Werte {processor_types}</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="482"/>
            <source>is the same file as OUT_CLASSIFIED_RASTER</source>
            <translation>ist dieselbe Datei wie OUT_CLASSIFIED_RASTER</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="483"/>
            <source>Give the confidence raster its own file name</source>
            <translation>Geben Sie dem Konfidenzraster einen eigenen Dateinamen</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="486"/>
            <source>would overwrite IN_RASTER</source>
            <translation>würde IN_RASTER überschreiben</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="486"/>
            <source>Choose another output file</source>
            <translation>Wählen Sie eine andere Ausgabedatei</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="625"/>
            <source>the model gave NaN or infinite scores for every pixel ({count})</source>
            <translation>das Modell lieferte für jedes Pixel NaN oder unendliche Werte ({count})</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="626"/>
            <source>Check the model file and its NormalizationStats (a standard deviation of 0 or a NaN in the model's weights give this)</source>
            <translation>Prüfen Sie die Modelldatei und ihre NormalizationStats (eine Standardabweichung von 0 oder ein NaN in den Gewichten des Modells führen dazu)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="44"/>
            <source>Pixelwise runs ONNX models only: export the network with torch.onnx.export(model, torch.zeros(1, bands, height, width), 'model.onnx', input_names=['input'], output_names=['output'], opset_version=17, dynamic_axes={{'input': {{0: 'batch'}}, 'output': {{0: 'batch'}}}}) and set "Framework": "ONNX" and "ModelFile": "model.onnx" in the .emd</source>
            <translation>Pixelwise führt nur ONNX-Modelle aus: Exportieren Sie das Netz mit torch.onnx.export(model, torch.zeros(1, bands, height, width), 'model.onnx', input_names=['input'], output_names=['output'], opset_version=17, dynamic_axes={{'input': {{0: 'batch'}}, 'output': {{0: 'batch'}}}}) und setzen Sie "Framework": "ONNX" und "ModelFile": "model.onnx" in der .emd</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="49"/>
            <source>Pixelwise runs ONNX models only: convert the model with tf2onnx (python -m tf2onnx.convert) and set "Framework": "ONNX" and "ModelFile" to the .onnx file in the .emd</source>
            <translation>Pixelwise führt nur ONNX-Modelle aus: Konvertieren Sie das Modell mit tf2onnx (python -m tf2onnx.convert) und setzen Sie "Framework": "ONNX" und als "ModelFile" die .onnx-Datei in der .emd</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="117"/>
            <location filename="../engine/classify/model.py" line="124"/>
            <source>Choose an .emd, .dlpk or .onnx file</source>
            <translation>Wählen Sie eine .emd-, .dlpk- oder .onnx-Datei</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="123"/>
            <source>{text!r} does not exist or is not a file</source>
            <translation>{text!r} existiert nicht oder ist keine Datei</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="135"/>
            <source>{name} is a PyTorch model</source>
            <translation>{name} ist ein PyTorch-Modell</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="137"/>
            <source>{name} is a TensorFlow/Keras model</source>
            <translation>{name} ist ein TensorFlow/Keras-Modell</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="139"/>
            <source>{name} is not a model definition Pixelwise reads</source>
            <translation>{name} ist keine Modelldefinition, die Pixelwise lesen kann</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="140"/>
            <source>Choose an Esri .emd or .dlpk, or an .onnx model</source>
            <translation>Wählen Sie eine Esri-.emd oder -.dlpk oder ein .onnx-Modell</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="148"/>
            <source>{what} is JSON but not an object</source>
            <translation>{what} ist JSON, aber kein Objekt</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="149"/>
            <source>A model definition is one JSON object {{ ... }}</source>
            <translation>Eine Modelldefinition ist ein einziges JSON-Objekt {{ ... }}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="158"/>
            <source>{name} is not UTF-8 text</source>
            <translation>{name} ist kein UTF-8-Text</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="159"/>
            <source>Save the model definition as UTF-8 JSON</source>
            <translation>Speichern Sie die Modelldefinition als UTF-8-JSON</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="161"/>
            <location filename="../engine/classify/model.py" line="516"/>
            <source>cannot read {name} ({strerror})</source>
            <translation>{name} kann nicht gelesen werden ({strerror})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="162"/>
            <source>Check the file and its permissions</source>
            <translation>Prüfen Sie die Datei und ihre Zugriffsrechte</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="173"/>
            <source>has no ModelFile</source>
            <translation>hat kein ModelFile</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="174"/>
            <source>Add "ModelFile": "&lt;model&gt;.onnx" (relative to the .emd)</source>
            <translation>Fügen Sie "ModelFile": "&lt;model&gt;.onnx" hinzu (relativ zur .emd)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="178"/>
            <source>ModelFile must be a file name (got {model_file!r})</source>
            <translation>ModelFile muss ein Dateiname sein (erhalten: {model_file!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="179"/>
            <source>Set "ModelFile": "&lt;model&gt;.onnx"</source>
            <translation>Setzen Sie "ModelFile": "&lt;model&gt;.onnx"</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="183"/>
            <source>ModelFile {model_file!r} points outside the package</source>
            <translation>ModelFile {model_file!r} zeigt aus dem Paket heraus</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="184"/>
            <source>Give a ModelFile inside the .dlpk, relative to its .emd</source>
            <translation>Geben Sie ein ModelFile innerhalb der .dlpk an, relativ zu ihrer .emd</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="190"/>
            <source>ModelFile {name} is a PyTorch model (Framework {framework})</source>
            <translation>ModelFile {name} ist ein PyTorch-Modell (Framework {framework})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="193"/>
            <source>ModelFile {name} is a TensorFlow/Keras model</source>
            <translation>ModelFile {name} ist ein TensorFlow/Keras-Modell</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="196"/>
            <source>ModelFile {name} is not an ONNX model (.onnx)</source>
            <translation>ModelFile {name} ist kein ONNX-Modell (.onnx)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="197"/>
            <source>Export the model to ONNX and set "Framework": "ONNX"</source>
            <translation>Exportieren Sie das Modell nach ONNX und setzen Sie "Framework": "ONNX"</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="199"/>
            <source>its ModelFile {name} does not exist (looked in {folder})</source>
            <translation>sein ModelFile {name} existiert nicht (gesucht in {folder})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="201"/>
            <source>Put the .onnx file beside the .emd or fix ModelFile</source>
            <translation>Legen Sie die .onnx-Datei neben die .emd oder korrigieren Sie ModelFile</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="242"/>
            <source>ModelType {model_type!r} is not a pixel classification model</source>
            <translation>ModelType {model_type!r} ist kein Pixelklassifizierungsmodell</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="243"/>
            <source>Classify Pixels runs ImageClassification (segmentation) models; use the tool made for this model type</source>
            <translation>Pixel klassifizieren führt ImageClassification-Modelle (Segmentierung) aus; verwenden Sie das Werkzeug für diesen Modelltyp</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="258"/>
            <source>{key} must be a list (got {values!r})</source>
            <translation>{key} muss eine Liste sein (erhalten: {values!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="258"/>
            <source>Write {key} as [0, 1, 2]</source>
            <translation>Schreiben Sie {key} als [0, 1, 2]</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="265"/>
            <source>ExtractBands must be a non-empty list (got {value!r})</source>
            <translation>ExtractBands muss eine nicht leere Liste sein (erhalten: {value!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="266"/>
            <source>Write ExtractBands as 0-based band indices, e.g. [0, 1, 2]</source>
            <translation>Schreiben Sie ExtractBands als 0-basierte Kanalindizes, z. B. [0, 1, 2]</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="274"/>
            <source>ExtractBands holds {item!r}</source>
            <translation>ExtractBands enthält {item!r}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="275"/>
            <source>Use 0-based band indices (0 is the first band) or band names</source>
            <translation>Verwenden Sie 0-basierte Kanalindizes (0 ist der erste Kanal) oder Kanalnamen</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="284"/>
            <source>DataRange must be [min, max] (got {value!r})</source>
            <translation>DataRange muss [min, max] sein (erhalten: {value!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="285"/>
            <source>Write DataRange as [0, 255]</source>
            <translation>Schreiben Sie DataRange als [0, 255]</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="288"/>
            <source>DataRange {value!r} is empty</source>
            <translation>DataRange {value!r} ist leer</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="288"/>
            <source>Give [min, max] with min &lt; max</source>
            <translation>Geben Sie [min, max] mit min &lt; max an</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="295"/>
            <source>NormalizationStats must be a JSON object</source>
            <translation>NormalizationStats muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="296"/>
            <source>Write it as {{"band_mean_values": [...], "band_std_values": [...]}}</source>
            <translation>Schreiben Sie es als {{"band_mean_values": [...], "band_std_values": [...]}}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="312"/>
            <source>NormalizationStats has neither band_min_values/band_max_values nor band_mean_values/band_std_values</source>
            <translation>NormalizationStats hat weder band_min_values/band_max_values noch band_mean_values/band_std_values</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="313"/>
            <source>Give one of the two pairs, or drop the key</source>
            <translation>Geben Sie eines der beiden Paare an, oder entfernen Sie den Schlüssel</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="319"/>
            <source>{key} must be a non-empty list of numbers</source>
            <translation>{key} muss eine nicht leere Liste von Zahlen sein</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="319"/>
            <source>Fix {key}</source>
            <translation>Korrigieren Sie {key}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="325"/>
            <source>Classes must be a list of {{Value, Name, Color}}</source>
            <translation>Classes muss eine Liste von {{Value, Name, Color}} sein</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="325"/>
            <source>Fix Classes</source>
            <translation>Korrigieren Sie Classes</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="329"/>
            <source>Classes[{i}] is not an object</source>
            <translation>Classes[{i}] ist kein Objekt</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="330"/>
            <source>Write {{"Value": 1, "Name": ...}}</source>
            <translation>Schreiben Sie {{"Value": 1, "Name": ...}}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="333"/>
            <source>Classes[{i}] has no Value</source>
            <translation>Classes[{i}] hat keinen Value</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="333"/>
            <source>Give every class a Value</source>
            <translation>Geben Sie jeder Klasse einen Value</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="336"/>
            <source>class value {value} appears twice in Classes</source>
            <translation>der Klassenwert {value} kommt in Classes zweimal vor</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="337"/>
            <source>Give every class its own Value</source>
            <translation>Geben Sie jeder Klasse einen eigenen Value</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="344"/>
            <source>Classes[{i}]: {err}</source>
            <translation>Classes[{i}]: {err}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="344"/>
            <source>Remove them from the Name</source>
            <translation>Entfernen Sie sie aus dem Name</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="367"/>
            <source>Rebuild the package as a plain zip: relative member names, regular files only, stored or deflate compression, no password</source>
            <translation>Erstellen Sie das Paket als einfaches Zip neu: relative Mitgliedsnamen, nur normale Dateien, Kompression stored oder deflate, kein Passwort</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="382"/>
            <source>has an absolute path</source>
            <translation>hat einen absoluten Pfad</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="384"/>
            <source>would be written outside the package folder</source>
            <translation>würde außerhalb des Paketordners geschrieben</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="386"/>
            <source>is a symbolic link</source>
            <translation>ist ein symbolischer Link</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="388"/>
            <source>has a name with characters file names cannot hold (&lt;&gt;:"|?* or control characters)</source>
            <translation>hat einen Namen mit Zeichen, die Dateinamen nicht enthalten können (&lt;&gt;:"|?* oder Steuerzeichen)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="390"/>
            <source>is named like a Windows device (CON, NUL, COM1, ...)</source>
            <translation>ist wie ein Windows-Gerät benannt (CON, NUL, COM1, ...)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="392"/>
            <source>is encrypted</source>
            <translation>ist verschlüsselt</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="394"/>
            <source>uses compression method {method} (Pixelwise reads stored and deflate members)</source>
            <translation>verwendet die Kompressionsmethode {method} (Pixelwise liest Mitglieder mit stored und deflate)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="405"/>
            <source>{package} unpacks to more than {size} (DLPK_MAX_BYTES)</source>
            <translation>{package} wird entpackt größer als {size} (DLPK_MAX_BYTES)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="406"/>
            <location filename="../engine/classify/model.py" line="421"/>
            <source>Package only the .emd and the model file</source>
            <translation>Packen Sie nur die .emd und die Modelldatei ein</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="414"/>
            <source>{package} is not a readable .dlpk (zip) package ({err})</source>
            <translation>{package} ist kein lesbares .dlpk-Paket (Zip) ({err})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="415"/>
            <source>A .dlpk is a zip archive holding an .emd and the model file</source>
            <translation>Eine .dlpk ist ein Zip-Archiv mit einer .emd und der Modelldatei</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="420"/>
            <source>{package} holds {count} files (limit {dlpk_max_members})</source>
            <translation>{package} enthält {count} Dateien (Grenze {dlpk_max_members})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="431"/>
            <source>appears twice</source>
            <translation>kommt zweimal vor</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="434"/>
            <source>{package} was refused: its member {filename!r} {reason}</source>
            <translation>{package} wurde abgelehnt: Sein Mitglied {filename!r} {reason}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="440"/>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="442"/>
            <source>{package} holds a PyTorch model and no .emd ({listing})</source>
            <translation>{package} enthält ein PyTorch-Modell und keine .emd ({listing})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="444"/>
            <source>{package} holds no .emd model definition ({listing})</source>
            <translation>{package} enthält keine .emd-Modelldefinition ({listing})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="445"/>
            <source>Package an .emd and its .onnx model</source>
            <translation>Packen Sie eine .emd und ihr .onnx-Modell ein</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="449"/>
            <source>{package} holds several .emd files ({emds})</source>
            <translation>{package} enthält mehrere .emd-Dateien ({emds})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="450"/>
            <source>Package one model definition per .dlpk</source>
            <translation>Packen Sie eine Modelldefinition je .dlpk</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="474"/>
            <source>{package} was refused: its member {filename!r} would be written outside the package folder</source>
            <translation>{package} wurde abgelehnt: Sein Mitglied {filename!r} würde außerhalb des Paketordners geschrieben</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="492"/>
            <source>{package} is damaged: its member {filename!r} cannot be read ({err})</source>
            <translation>{package} ist beschädigt: Sein Mitglied {filename!r} kann nicht gelesen werden ({err})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="496"/>
            <source>cannot unpack {package}: its member {filename!r} ({reason})</source>
            <translation>{package} kann nicht entpackt werden: Sein Mitglied {filename!r} ({reason})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="498"/>
            <source>Check the package and the free space in the temporary folder</source>
            <translation>Prüfen Sie das Paket und den freien Platz im temporären Ordner</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="512"/>
            <source>{name} is not a valid ONNX model ({err})</source>
            <translation>{name} ist kein gültiges ONNX-Modell ({err})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="513"/>
            <source>Export the model again (torch.onnx.export) or choose another file</source>
            <translation>Exportieren Sie das Modell erneut (torch.onnx.export) oder wählen Sie eine andere Datei</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="516"/>
            <source>Check the file</source>
            <translation>Prüfen Sie die Datei</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="542"/>
            <source>ONNX metadata tiles_overlap must be a percentage from 0 to below 100 (got {value})</source>
            <translation>die ONNX-Metadaten tiles_overlap müssen ein Prozentsatz von 0 bis unter 100 sein (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="543"/>
            <source>Fix tiles_overlap in the model's metadata</source>
            <translation>Korrigieren Sie tiles_overlap in den Metadaten des Modells</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="550"/>
            <source>ONNX metadata resolution must be above 0 cm per pixel (got {value})</source>
            <translation>die ONNX-Metadaten resolution müssen über 0 cm pro Pixel liegen (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="551"/>
            <source>Fix resolution in the model's metadata</source>
            <translation>Korrigieren Sie resolution in den Metadaten des Modells</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="600"/>
            <source>ONNX metadata {key} keys must be class indices</source>
            <translation>die Schlüssel der ONNX-Metadaten {key} müssen Klassenindizes sein</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="601"/>
            <location filename="../engine/classify/model.py" line="607"/>
            <source>Write it as {{"0": "background", "1": "building"}}</source>
            <translation>Schreiben Sie es als {{"0": "background", "1": "building"}}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="606"/>
            <source>ONNX metadata {key} is neither a JSON object nor a list</source>
            <translation>die ONNX-Metadaten {key} sind weder ein JSON-Objekt noch eine Liste</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="628"/>
            <source>has {count} bands but the model takes {channels}</source>
            <translation>hat {count} Kanäle, aber das Modell nimmt {channels}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="629"/>
            <source>Choose a raster with that many bands, or add "ExtractBands" (0-based band indices) to the model definition</source>
            <translation>Wählen Sie ein Raster mit so vielen Kanälen, oder fügen Sie der Modelldefinition "ExtractBands" (0-basierte Kanalindizes) hinzu</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="636"/>
            <source>has {count} bands, but ExtractBands asks for band index {item} (band {number}) (the model takes {channels} bands)</source>
            <translation>hat {count} Kanäle, aber ExtractBands fordert den Kanalindex {item} an (Kanal {number}) (das Modell nimmt {channels} Kanäle)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="638"/>
            <source>has {count} bands, but ExtractBands asks for band index {item} (band {number})</source>
            <translation>hat {count} Kanäle, aber ExtractBands fordert den Kanalindex {item} an (Kanal {number})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="640"/>
            <source>ExtractBands holds 0-based indices; choose a raster with those bands</source>
            <translation>ExtractBands enthält 0-basierte Indizes; wählen Sie ein Raster mit diesen Kanälen</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="646"/>
            <source>ExtractBands selects {band_count} bands but the model takes {channels}</source>
            <translation>ExtractBands wählt {band_count} Kanäle, aber das Modell nimmt {channels}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="648"/>
            <source>List one band per model input channel in ExtractBands</source>
            <translation>Führen Sie in ExtractBands einen Kanal je Eingabekanal des Modells auf</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="664"/>
            <source>has no band named {name!r} (bands {known})</source>
            <translation>hat keinen Kanal namens {name!r} (Kanäle {known})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="665"/>
            <source>Name the bands (descriptions) or use 0-based indices in ExtractBands</source>
            <translation>Benennen Sie die Kanäle (Beschreibungen) oder verwenden Sie 0-basierte Indizes in ExtractBands</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="67"/>
            <source>the model outputs {channels} channels for {n} classes, so channel 0 would be the background (value 0), but a class already has value 0</source>
            <translation>das Modell gibt {channels} Kanäle für {n} Klassen aus, daher wäre Kanal 0 der Hintergrund (Wert 0), aber eine Klasse hat bereits den Wert 0</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="69"/>
            <source>List one class per output channel in Classes</source>
            <translation>Führen Sie in Classes eine Klasse je Ausgabekanal auf</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="73"/>
            <source>the model outputs {channels} class channels but the definition lists {n} classes</source>
            <translation>das Modell gibt {channels} Klassenkanäle aus, aber die Definition führt {n} Klassen auf</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="74"/>
            <source>List one class per output channel in Classes (or one fewer when channel 0 is the background)</source>
            <translation>Führen Sie in Classes eine Klasse je Ausgabekanal auf (oder eine weniger, wenn Kanal 0 der Hintergrund ist)</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="80"/>
            <source>every output channel is excluded (predict_background=False and ignore_mapped_class)</source>
            <translation>jeder Ausgabekanal ist ausgeschlossen (predict_background=False und ignore_mapped_class)</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="81"/>
            <source>Set predict_background=True</source>
            <translation>Setzen Sie predict_background=True</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="104"/>
            <source>class values do not fit in 32-bit integers</source>
            <translation>die Klassenwerte passen nicht in 32-Bit-Ganzzahlen</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="105"/>
            <source>Use smaller class values</source>
            <translation>Verwenden Sie kleinere Klassenwerte</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="85"/>
            <source>rows {top}–{stop} are not in the raster (0–{height})</source>
            <translation>die Zeilen {top}–{stop} liegen nicht im Raster (0–{height})</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="86"/>
            <source>Take the parts from plan_classify_parts with the same settings</source>
            <translation>Nehmen Sie die Teile aus plan_classify_parts mit denselben Einstellungen</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="103"/>
            <source>rows {start}–{stop} of the raster are in no part</source>
            <translation>die Zeilen {start}–{stop} des Rasters liegen in keinem Teil</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="104"/>
            <source>Merge exactly the parts from plan_classify_parts</source>
            <translation>Führen Sie genau die Teile aus plan_classify_parts zusammen</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="139"/>
            <source>{part_folder!r} holds files that are not a classification part</source>
            <translation>{part_folder!r} enthält Dateien, die kein Klassifizierungsteil sind</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="140"/>
            <location filename="../engine/export/parts.py" line="93"/>
            <source>Give each part a new or empty folder</source>
            <translation>Geben Sie jedem Teil einen neuen oder leeren Ordner</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="167"/>
            <source>{path!r} holds no finished classification part</source>
            <translation>{path!r} enthält keinen fertigen Klassifizierungsteil</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="168"/>
            <source>Run classify_part for it first</source>
            <translation>Führen Sie zuerst classify_part dafür aus</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="169"/>
            <source>{path!r} was classified with other settings than this merge</source>
            <translation>{path!r} wurde mit anderen Einstellungen klassifiziert als diese Zusammenführung</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="170"/>
            <source>Merge the parts with the configuration they were classified with</source>
            <translation>Führen Sie die Teile mit der Konfiguration zusammen, mit der sie klassifiziert wurden</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="72"/>
            <source>Put inputs and outputs on a file system every worker mounts at the same path, give the input as a GDAL network path (/vsis3/…, /vsicurl/…), or use local:N to run on this computer</source>
            <translation>Legen Sie Ein- und Ausgaben auf ein Dateisystem, das jeder Worker unter demselben Pfad einbindet, geben Sie die Eingabe als GDAL-Netzwerkpfad an (/vsis3/…, /vsicurl/…), oder nutzen Sie local:N, um auf diesem Rechner zu arbeiten</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="107"/>
            <source>local:N needs a whole number of worker processes, at least 1 (got {value!r})</source>
            <translation>local:N braucht eine ganze Zahl von Worker-Prozessen, mindestens 1 (erhalten: {value!r})</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="108"/>
            <source>Write e.g. local:2</source>
            <translation>Schreiben Sie z. B. local:2</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="114"/>
            <source>{value!r} is neither a Dask scheduler address nor local:N</source>
            <translation>{value!r} ist weder eine Dask-Scheduler-Adresse noch local:N</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="115"/>
            <source>Give the scheduler's address with its port (tcp://host:8786), local:N for N worker processes on this computer, or nothing to run in this process</source>
            <translation>Geben Sie die Adresse des Schedulers mit Port an (tcp://host:8786), local:N für N Worker-Prozesse auf diesem Rechner, oder nichts, um in diesem Prozess zu arbeiten</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="147"/>
            <source>needs Dask's distributed package, which is not installed</source>
            <translation>braucht das Paket distributed von Dask, das nicht installiert ist</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="148"/>
            <source>Install dask and distributed (Pixelwise ▸ Install Python packages…, or pip install "dask[distributed]"), or leave DASK_SCHEDULER empty</source>
            <translation>Installieren Sie dask und distributed (Pixelwise ▸ Python-Pakete installieren…, oder pip install "dask[distributed]"), oder lassen Sie DASK_SCHEDULER leer</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="163"/>
            <source>no Dask scheduler answered at {address} ({error})</source>
            <translation>unter {address} hat kein Dask-Scheduler geantwortet ({error})</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="164"/>
            <source>Start one (dask scheduler) with its workers, or check the address and port</source>
            <translation>Starten Sie einen (dask scheduler) mit seinen Workern, oder prüfen Sie Adresse und Port</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="170"/>
            <source>the Dask scheduler at {address} has no workers</source>
            <translation>der Dask-Scheduler unter {address} hat keine Worker</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="171"/>
            <source>Start some: dask worker {address}</source>
            <translation>Starten Sie welche: dask worker {address}</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="374"/>
            <source>the Dask worker {worker} does not see {path!r} as this computer does</source>
            <translation>der Dask-Worker {worker} sieht {path!r} nicht so wie dieser Rechner</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="441"/>
            <source>part {index} of {count} (rows {first}–{stop}) failed {tries} time(s), last on the Dask worker {worker}: {error}</source>
            <translation>Teil {index} von {count} (Zeilen {first}–{stop}) ist {tries}-mal gescheitert, zuletzt auf dem Dask-Worker {worker}: {error}</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="443"/>
            <source>Nothing was written to the output. Fix what the error says and run again</source>
            <translation>In die Ausgabe wurde nichts geschrieben. Beheben Sie, was der Fehler sagt, und starten Sie erneut</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="82"/>
            <source>{value!r} is not a coordinate system a raster can be projected into</source>
            <translation>{value!r} ist kein Koordinatensystem, in das ein Raster projiziert werden kann</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="83"/>
            <source>Choose a projected or geographic CRS, e.g. EPSG:2056</source>
            <translation>Wählen Sie ein projiziertes oder geographisches KBS, z. B. EPSG:2056</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="93"/>
            <source>{name} has no georeference, so there is no grid to snap to</source>
            <translation>{name} hat keine Georeferenz, also kein Raster zum Einrasten</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="94"/>
            <source>Choose a georeferenced raster, or leave SNAP_RASTER unset</source>
            <translation>Wählen Sie ein georeferenziertes Raster, oder lassen Sie SNAP_RASTER leer</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="97"/>
            <source>{name} is rotated; cells can only snap to a north-up grid</source>
            <translation>{name} ist gedreht; Zellen können nur an einem nordausgerichteten Raster einrasten</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="98"/>
            <source>Choose a north-up raster</source>
            <translation>Wählen Sie ein nordausgerichtetes Raster</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="115"/>
            <source>IN_RASTER has no coordinate system, so it cannot be projected or snapped</source>
            <translation>IN_RASTER hat kein Koordinatensystem und kann daher weder projiziert noch eingerastet werden</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="117"/>
            <source>Assign the raster its CRS, or leave OUT_SR and SNAP_RASTER unset</source>
            <translation>Weisen Sie dem Raster sein KBS zu, oder lassen Sie OUT_SR und SNAP_RASTER leer</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="209"/>
            <source>{value!r} is neither a number of processes nor a percentage of the cores</source>
            <translation>{value!r} ist weder eine Anzahl von Prozessen noch ein Prozentsatz der Kerne</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="210"/>
            <source>Write a whole number such as 4, or a percentage such as 50%</source>
            <translation>Schreiben Sie eine ganze Zahl wie 4 oder einen Prozentsatz wie 50%</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="228"/>
            <source>must be a whole number of retries, 0 or more (got {value})</source>
            <translation>muss eine ganze Zahl von Wiederholungen sein, 0 oder mehr (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="229"/>
            <source>Set it to 0 (fail at once), 1 or more</source>
            <translation>Setzen Sie 0 (sofort abbrechen), 1 oder mehr</translation>
        </message>
        <message>
            <location filename="../engine/errors.py" line="116"/>
            <source>Cancelled by the user; the output was left as it was before the run.</source>
            <translation>Vom Benutzer abgebrochen; die Ausgabe blieb, wie sie vor dem Lauf war.</translation>
        </message>
        <message>
            <location filename="../engine/export/chips.py" line="54"/>
            <source>must be 0 (no rotation) or between 0 and 360 degrees (got {angle})</source>
            <translation>muss 0 (keine Drehung) sein oder zwischen 0 und 360 Grad liegen (erhalten: {angle})</translation>
        </message>
        <message>
            <location filename="../engine/export/chips.py" line="55"/>
            <source>Use e.g. 90 for four copies of every chip, or 0</source>
            <translation>Verwenden Sie z. B. 90 für vier Kopien jeder Kachel, oder 0</translation>
        </message>
        <message>
            <location filename="../engine/export/chips.py" line="58"/>
            <source>{angle}° would write {n} copies of every chip</source>
            <translation>{angle}° würde {n} Kopien jeder Kachel schreiben</translation>
        </message>
        <message>
            <location filename="../engine/export/chips.py" line="59"/>
            <source>Use 1 degree or more</source>
            <translation>Verwenden Sie 1 Grad oder mehr</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="72"/>
            <source>unknown value {value!r}</source>
            <translation>unbekannter Wert {value!r}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="72"/>
            <source>Use one of {allowed}</source>
            <translation>Verwenden Sie einen der Werte {allowed}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="114"/>
            <source>OUT_FOLDER holds an export made with {before} (bands), this run asks for {now}; appending would mix them</source>
            <translation>OUT_FOLDER enthält einen Export mit {before} (Kanäle), dieser Lauf verlangt {now}; Anhängen würde beides vermischen</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="116"/>
            <source>OUT_FOLDER holds an export made with {before} (value), this run asks for {now}; appending would mix them</source>
            <translation>OUT_FOLDER enthält einen Export mit {before} (Wert), dieser Lauf verlangt {now}; Anhängen würde beides vermischen</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="118"/>
            <source>Use the same settings as the earlier export, or a new OUT_FOLDER</source>
            <translation>Verwenden Sie dieselben Einstellungen wie beim früheren Export, oder einen neuen OUT_FOLDER</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="122"/>
            <source>{start_index} would reuse chip numbers of the export in OUT_FOLDER, which continues at {next_index}</source>
            <translation>{start_index} würde Kachelnummern des Exports in OUT_FOLDER wiederverwenden, der bei {next_index} fortsetzt</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="124"/>
            <source>Leave START_INDEX at 0 to continue at {next_index}, or set it to at least {next_index}</source>
            <translation>Lassen Sie START_INDEX auf 0, um bei {next_index} fortzusetzen, oder setzen Sie ihn auf mindestens {next_index}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="151"/>
            <source>is not used by {metadata_format}</source>
            <translation>wird von {metadata_format} nicht verwendet</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="152"/>
            <source>Leave it empty, or use {in_raster2_formats}</source>
            <translation>Lassen Sie es leer, oder verwenden Sie {in_raster2_formats}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="156"/>
            <source>pairs with one image, but IN_RASTER holds several processed separately</source>
            <translation>gehört zu einem einzigen Bild, aber IN_RASTER enthält mehrere, die getrennt verarbeitet werden</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="157"/>
            <source>Give one IN_RASTER, or PROCESSING_MODE=PROCESS_AS_MOSAICKED_IMAGE</source>
            <translation>Geben Sie ein einziges IN_RASTER an, oder PROCESSING_MODE=PROCESS_AS_MOSAICKED_IMAGE</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="162"/>
            <source>Panoptic_Segmentation needs instance polygons</source>
            <translation>Panoptic_Segmentation braucht Instanzpolygone</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="163"/>
            <source>Give a polygon layer with the objects (e.g. buildings) and its class field</source>
            <translation>Geben Sie einen Polygonlayer mit den Objekten (z. B. Gebäuden) und sein Klassenfeld an</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="169"/>
            <source>must be polygons, not a raster</source>
            <translation>müssen Polygone sein, kein Raster</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="170"/>
            <source>Give a polygon layer with one feature per object</source>
            <translation>Geben Sie einen Polygonlayer mit einem Objekt je Feature an</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="179"/>
            <source>{name} has {count} band(s) of {dtype}, {first_name} {first_count} of {first_dtype}; one export holds one kind of chip</source>
            <translation>{name} hat {count} Kanal/Kanäle vom Typ {dtype}, {first_name} {first_count} vom Typ {first_dtype}; ein Export enthält nur eine Art von Kachel</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="182"/>
            <source>Export them into separate folders</source>
            <translation>Exportieren Sie sie in getrennte Ordner</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="187"/>
            <source>{name} and {first_name} have different CRSs, so their chips cannot share one map-space export</source>
            <translation>{name} und {first_name} haben unterschiedliche KBS, daher können ihre Kacheln keinen gemeinsamen Export im Kartenraum bilden</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="190"/>
            <source>Reproject them to one CRS, or use REFERENCE_SYSTEM=PIXEL_SPACE</source>
            <translation>Projizieren Sie sie in ein gemeinsames KBS um, oder verwenden Sie REFERENCE_SYSTEM=PIXEL_SPACE</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="196"/>
            <source>none of its features touches any of the {count} rasters</source>
            <translation>keines seiner Objekte berührt eines der {count} Raster</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="197"/>
            <source>Check that the labels cover the images and have the right CRS</source>
            <translation>Prüfen Sie, ob die Labels die Bilder abdecken und das richtige KBS haben</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="233"/>
            <source>{stride} is larger than TILE_SIZE_{axis} ({tile}), so a {gap}-pixel strip between chips would go into no chip</source>
            <translation>{stride} ist größer als TILE_SIZE_{axis} ({tile}), daher würde ein {gap} Pixel breiter Streifen zwischen den Kacheln in keine Kachel fallen</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="235"/>
            <source>Use a stride of at most {tile} (equal: chips side by side; less: overlap)</source>
            <translation>Verwenden Sie eine Schrittweite von höchstens {tile} (gleich: Kacheln nebeneinander; kleiner: Überlappung)</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="251"/>
            <source>must be 0 or more (got {start_index})</source>
            <translation>muss 0 oder mehr sein (erhalten: {start_index})</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="252"/>
            <source>Use 0 to number from the start, or continue an earlier export</source>
            <translation>Verwenden Sie 0, um von vorn zu nummerieren, oder setzen Sie einen früheren Export fort</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="255"/>
            <source>must be a whole number from 1 to 9 (got {level})</source>
            <translation>muss eine ganze Zahl von 1 bis 9 sein (erhalten: {level})</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="256"/>
            <source>Use 1 for the fastest export, 9 for the smallest PNG files</source>
            <translation>Verwenden Sie 1 für den schnellsten Export, 9 für die kleinsten PNG-Dateien</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="260"/>
            <source>must be between 0 and 1 (got {ratio})</source>
            <translation>muss zwischen 0 und 1 liegen (erhalten: {ratio})</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="261"/>
            <source>Use e.g. 0.3 to drop slivers under 30 % of a feature, or 0 to keep all</source>
            <translation>Verwenden Sie z. B. 0.3, um Splitter unter 30 % eines Objekts zu verwerfen, oder 0, um alle zu behalten</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="268"/>
            <source>no raster given</source>
            <translation>kein Raster angegeben</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="268"/>
            <source>Give one raster, or several</source>
            <translation>Geben Sie ein Raster an, oder mehrere</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="289"/>
            <source>MAP_SPACE needs a raster with a coordinate reference system, and {name} has none</source>
            <translation>MAP_SPACE braucht ein Raster mit Koordinatenbezugssystem, und {name} hat keines</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="291"/>
            <source>Use REFERENCE_SYSTEM=PIXEL_SPACE, or assign the raster its CRS</source>
            <translation>Verwenden Sie REFERENCE_SYSTEM=PIXEL_SPACE, oder weisen Sie dem Raster sein KBS zu</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="337"/>
            <source>{count} band(s) of {dtype} do not fit {chip_format} chips</source>
            <translation>{count} Kanal/Kanäle vom Typ {dtype} passen nicht in {chip_format}-Kacheln</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="353"/>
            <source>{tile} is larger than the raster ({name}: {width} × {height} pixels), so EDGE_POLICY=DROP would drop every chip</source>
            <translation>{tile} ist größer als das Raster ({name}: {width} × {height} Pixel), daher würde EDGE_POLICY=DROP jede Kachel verwerfen</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="355"/>
            <source>Use a tile size of at most {size}, or EDGE_POLICY=PAD to write chips padded with NoData</source>
            <translation>Verwenden Sie eine Kachelgröße von höchstens {size}, oder EDGE_POLICY=PAD, um mit NoData aufgefüllte Kacheln zu schreiben</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="366"/>
            <source>{metadata_format} needs labels</source>
            <translation>{metadata_format} braucht Labels</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="367"/>
            <location filename="../engine/export/exporter.py" line="386"/>
            <source>Give a polygon or point layer, or a class raster</source>
            <translation>Geben Sie einen Polygon- oder Punktlayer oder ein Klassenraster an</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="377"/>
            <source>{metadata_format} needs polygon or point labels, not a class raster</source>
            <translation>{metadata_format} braucht Polygon- oder Punktlabels, kein Klassenraster</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="378"/>
            <source>Use Classified_Tiles or MultiLabeled_Tiles for a class raster, or polygons</source>
            <translation>Verwenden Sie Classified_Tiles oder MultiLabeled_Tiles für ein Klassenraster, oder Polygone</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="385"/>
            <source>unsupported label type {kind}</source>
            <translation>nicht unterstützter Labeltyp {kind}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="403"/>
            <source>holds no feature with a geometry and a class value above 0</source>
            <translation>enthält kein Objekt mit einer Geometrie und einem Klassenwert über 0</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="404"/>
            <source>Check {field} and the layer's features</source>
            <translation>Prüfen Sie {field} und die Objekte des Layers</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="416"/>
            <source>class values above 65535 cannot be stored in label chips</source>
            <translation>Klassenwerte über 65535 können nicht in Labelkacheln gespeichert werden</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="417"/>
            <location filename="../engine/export/sources.py" line="186"/>
            <source>Renumber the classes to 1…65535</source>
            <translation>Nummerieren Sie die Klassen auf 1…65535 um</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="432"/>
            <source>none of its {count} features touches IN_RASTER ({name}: export area {bounds}, in the raster's CRS)</source>
            <translation>keines seiner {count} Objekte berührt IN_RASTER ({name}: Exportbereich {bounds}, im KBS des Rasters)</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="434"/>
            <source>Check that the labels cover the image and that both layers have the right CRS</source>
            <translation>Prüfen Sie, ob die Labels das Bild abdecken und beide Layer das richtige KBS haben</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="643"/>
            <source>adds classes whose values sort between the earlier export's, which would renumber its YOLO class ids</source>
            <translation>fügt Klassen hinzu, deren Werte zwischen denen des früheren Exports liegen, was dessen YOLO-Klassen-IDs umnummerieren würde</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="645"/>
            <source>Give new classes values above the earlier ones, or export into a new OUT_FOLDER</source>
            <translation>Geben Sie neuen Klassen Werte oberhalb der früheren, oder exportieren Sie in einen neuen OUT_FOLDER</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="51"/>
            <source>{path!r} is a file, not a folder</source>
            <translation>{path!r} ist eine Datei, kein Ordner</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="52"/>
            <source>Choose a new folder, an empty one, or one holding an earlier export</source>
            <translation>Wählen Sie einen neuen Ordner, einen leeren oder einen mit einem früheren Export</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="59"/>
            <source>holds files that are not a training-data export ({shown})</source>
            <translation>enthält Dateien, die kein Trainingsdaten-Export sind ({shown})</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="60"/>
            <source>Choose a new or empty folder, or a folder holding an earlier export to append to</source>
            <translation>Wählen Sie einen neuen oder leeren Ordner, oder einen Ordner mit einem früheren Export, der ergänzt werden soll</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="72"/>
            <source>holds an export whose metadata cannot be read ({err})</source>
            <translation>enthält einen Export, dessen Metadaten nicht gelesen werden können ({err})</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="73"/>
            <location filename="../engine/export/folder.py" line="76"/>
            <source>Choose another folder; this one was left untouched</source>
            <translation>Wählen Sie einen anderen Ordner; dieser blieb unverändert</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="75"/>
            <source>{stats_file} has no MetaDataMode</source>
            <translation>{stats_file} hat keinen MetaDataMode</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="88"/>
            <location filename="../engine/train/trainer.py" line="317"/>
            <source>cannot write in {parent!r} ({strerror})</source>
            <translation>in {parent!r} kann nicht geschrieben werden ({strerror})</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="89"/>
            <location filename="../engine/outputs.py" line="80"/>
            <location filename="../engine/outputs.py" line="84"/>
            <location filename="../engine/raster_io.py" line="808"/>
            <location filename="../engine/train/trainer.py" line="318"/>
            <source>Choose a folder you can write to</source>
            <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="179"/>
            <source>holds an unreadable {journal} left by an interrupted run</source>
            <translation>enthält eine unlesbare {journal}, die ein unterbrochener Lauf hinterlassen hat</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="180"/>
            <source>Remove that file after checking the folder, or choose another folder</source>
            <translation>Entfernen Sie diese Datei, nachdem Sie den Ordner geprüft haben, oder wählen Sie einen anderen Ordner</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="53"/>
            <source>{metadata_format} cuts one chip per feature, which is not split into parts by grid rows</source>
            <translation>{metadata_format} schneidet eine Kachel je Objekt, was sich nicht nach Rasterzeilen in Teile aufteilen lässt</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="54"/>
            <source>Run it as one export</source>
            <translation>Führen Sie es als einen einzigen Export aus</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="57"/>
            <source>parts split one raster or one mosaic, not several rasters processed separately</source>
            <translation>Teile zerlegen ein Raster oder ein Mosaik, nicht mehrere getrennt verarbeitete Raster</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="58"/>
            <source>Use PROCESS_AS_MOSAICKED_IMAGE, or one job per raster</source>
            <translation>Verwenden Sie PROCESS_AS_MOSAICKED_IMAGE, oder einen Auftrag je Raster</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="87"/>
            <source>rows {first}–{stop} are not in the chip grid</source>
            <translation>die Zeilen {first}–{stop} liegen nicht im Kachelraster</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="88"/>
            <source>Take the parts from plan_export_parts with the same settings</source>
            <translation>Nehmen Sie die Teile aus plan_export_parts mit denselben Einstellungen</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="92"/>
            <source>{folder!r} holds files that are not an export part</source>
            <translation>{folder!r} enthält Dateien, die kein Exportteil sind</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="113"/>
            <source>{path!r} holds no finished export part</source>
            <translation>{path!r} enthält keinen fertigen Exportteil</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="114"/>
            <source>Run export_part for it first</source>
            <translation>Führen Sie zuerst export_part dafür aus</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="115"/>
            <source>{path!r} was cut with other settings than this merge</source>
            <translation>{path!r} wurde mit anderen Einstellungen geschnitten als diese Zusammenführung</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="116"/>
            <source>Merge the parts with the configuration they were cut with</source>
            <translation>Führen Sie die Teile mit der Konfiguration zusammen, mit der sie geschnitten wurden</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="121"/>
            <source>rows {start}–{stop} of the chip grid are in no part</source>
            <translation>die Zeilen {start}–{stop} des Kachelrasters liegen in keinem Teil</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="122"/>
            <source>Merge exactly the parts from plan_export_parts</source>
            <translation>Führen Sie genau die Teile aus plan_export_parts zusammen</translation>
        </message>
        <message>
            <location filename="../engine/export/sources.py" line="168"/>
            <source>the class raster's attribute table or category names: {err}</source>
            <translation>die Attributtabelle oder die Kategorienamen des Klassenrasters: {err}</translation>
        </message>
        <message>
            <location filename="../engine/export/sources.py" line="169"/>
            <source>Remove them from the class names</source>
            <translation>Entfernen Sie sie aus den Klassennamen</translation>
        </message>
        <message>
            <location filename="../engine/export/sources.py" line="185"/>
            <source>class value {value} is above 65535</source>
            <translation>der Klassenwert {value} liegt über 65535</translation>
        </message>
        <message>
            <location filename="../engine/geometry.py" line="55"/>
            <source>has no coordinate reference system, so it cannot be placed on IN_RASTER ({crs})</source>
            <translation>hat kein Koordinatenbezugssystem und kann daher nicht auf IN_RASTER platziert werden ({crs})</translation>
        </message>
        <message>
            <location filename="../engine/geometry.py" line="56"/>
            <source>Assign the layer its CRS (Layer Properties &gt; Source &gt; Assigned Coordinate Reference System), e.g. the raster's</source>
            <translation>Weisen Sie dem Layer sein KBS zu (Layereigenschaften &gt; Quelle &gt; Zugewiesenes Koordinatenbezugssystem), z. B. das des Rasters</translation>
        </message>
        <message>
            <location filename="../engine/geometry.py" line="62"/>
            <source>has no coordinate reference system, so labels in {crs} cannot be placed on it</source>
            <translation>hat kein Koordinatenbezugssystem, daher können Labels in {crs} nicht darauf platziert werden</translation>
        </message>
        <message>
            <location filename="../engine/grid.py" line="68"/>
            <source>must be a whole number of pixels, at least 1 (got {value})</source>
            <translation>muss eine ganze Zahl von Pixeln sein, mindestens 1 (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/grid.py" line="69"/>
            <source>Set it to 1 or more, e.g. 256 for tiles and 128 for strides</source>
            <translation>Setzen Sie ihn auf 1 oder mehr, z. B. 256 für Kacheln und 128 für Schrittweiten</translation>
        </message>
        <message>
            <location filename="../engine/grid.py" line="71"/>
            <source>unknown value {edge_policy!r}</source>
            <translation>unbekannter Wert {edge_policy!r}</translation>
        </message>
        <message>
            <location filename="../engine/grid.py" line="72"/>
            <source>Use one of {edge_policies}</source>
            <translation>Verwenden Sie einen der Werte {edge_policies}</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="61"/>
            <source>{what} holds {size} characters of JSON, more than a model definition needs ({limit})</source>
            <translation>{what} enthält {size} Zeichen JSON, mehr als eine Modelldefinition braucht ({limit})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="62"/>
            <source>Check that this is the model definition and not another file</source>
            <translation>Prüfen Sie, ob dies die Modelldefinition und keine andere Datei ist</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="67"/>
            <source>{what} is not valid JSON (line {lineno}, column {colno}: {msg})</source>
            <translation>{what} ist kein gültiges JSON (Zeile {lineno}, Spalte {colno}: {msg})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="68"/>
            <source>Fix the JSON; a model definition is one JSON object</source>
            <translation>Korrigieren Sie das JSON; eine Modelldefinition ist ein einziges JSON-Objekt</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="71"/>
            <source>{what} holds {constant}, which is not a number JSON allows</source>
            <translation>{what} enthält {constant}, keine in JSON erlaubte Zahl</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="72"/>
            <source>Replace it with a number, or leave the field out where a value may be missing</source>
            <translation>Ersetzen Sie es durch eine Zahl oder lassen Sie das Feld weg, wo ein Wert fehlen darf</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="75"/>
            <source>{what} is nested too deeply</source>
            <translation>{what} ist zu tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="75"/>
            <location filename="../engine/model_fields.py" line="84"/>
            <source>A model definition is nested a few levels deep; check the file</source>
            <translation>Eine Modelldefinition ist nur wenige Ebenen tief verschachtelt; prüfen Sie die Datei</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="84"/>
            <source>{what} is nested more than {limit} levels deep</source>
            <translation>{what} ist mehr als {limit} Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="92"/>
            <location filename="../engine/model_fields.py" line="97"/>
            <source>{key} must be a number (got {value})</source>
            <translation>{key} muss eine Zahl sein (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="92"/>
            <source>Set {key} to a number</source>
            <translation>Setzen Sie {key} auf eine Zahl</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="98"/>
            <source>Replace the placeholder in {key} with a number</source>
            <translation>Ersetzen Sie den Platzhalter in {key} durch eine Zahl</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="101"/>
            <source>{key} must be a finite number (got {value})</source>
            <translation>{key} muss eine endliche Zahl sein (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="102"/>
            <source>Set {key} to a finite number</source>
            <translation>Setzen Sie {key} auf eine endliche Zahl</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="110"/>
            <source>{key} must be a whole number from {minimum} to {maximum} (got {value})</source>
            <translation>{key} muss eine ganze Zahl von {minimum} bis {maximum} sein (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="111"/>
            <source>Fix {key} in the model definition</source>
            <translation>Korrigieren Sie {key} in der Modelldefinition</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="120"/>
            <source>{key} {value} is not a class value Pixelwise can write</source>
            <translation>{key} {value} ist kein Klassenwert, den Pixelwise schreiben kann</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="121"/>
            <source>Class values are whole numbers from 0 to {maximum}; renumber the classes</source>
            <translation>Klassenwerte sind ganze Zahlen von 0 bis {maximum}; nummerieren Sie die Klassen neu</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="133"/>
            <source>{key} must be [red, green, blue] (got {value})</source>
            <translation>{key} muss [Rot, Grün, Blau] sein (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="134"/>
            <source>Give three whole numbers from 0 to 255, e.g. [255, 0, 0]</source>
            <translation>Geben Sie drei ganze Zahlen von 0 bis 255 an, z. B. [255, 0, 0]</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="144"/>
            <source>{key} must be true or false (got {value})</source>
            <translation>{key} muss true oder false sein (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="145"/>
            <source>Write {key} as true or false</source>
            <translation>Schreiben Sie {key} als true oder false</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="154"/>
            <source>{key} must be text (got {value})</source>
            <translation>{key} muss Text sein (erhalten: {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="154"/>
            <source>Write {key} as a JSON string</source>
            <translation>Schreiben Sie {key} als JSON-Zeichenkette</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="45"/>
            <source>NormalizationStats {name} has {value_count} values, but the raster has {raster_band_count} bands and the model uses {band_count}</source>
            <translation>NormalizationStats {name} hat {value_count} Werte, aber das Raster hat {raster_band_count} Kanäle und das Modell nutzt {band_count}</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="47"/>
            <source>Give one value per raster band or one per model band</source>
            <translation>Geben Sie einen Wert je Rasterkanal oder einen je Modellkanal an</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="57"/>
            <source>NormalizationStats has a band whose min equals its max</source>
            <translation>NormalizationStats hat einen Kanal, dessen Minimum gleich seinem Maximum ist</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="58"/>
            <source>Fix band_min_values/band_max_values in the model definition</source>
            <translation>Korrigieren Sie band_min_values/band_max_values in der Modelldefinition</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="72"/>
            <source>NormalizationStats give a scale or offset beyond single-precision floats</source>
            <translation>NormalizationStats ergeben einen Faktor oder Versatz außerhalb einfacher Gleitkommagenauigkeit</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="73"/>
            <source>Check the statistics: they are far outside what pixel values need</source>
            <translation>Prüfen Sie die Statistiken: Sie liegen weit außerhalb dessen, was Pixelwerte brauchen</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="79"/>
            <source>NormalizationStats {name} holds a 0</source>
            <translation>NormalizationStats {name} enthält eine 0</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="80"/>
            <source>Standard deviations must be non-zero</source>
            <translation>Standardabweichungen dürfen nicht null sein</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="79"/>
            <source>cannot create the folder {folder!r} ({strerror})</source>
            <translation>der Ordner {folder!r} kann nicht angelegt werden ({strerror})</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="84"/>
            <source>cannot write in {folder!r}</source>
            <translation>in {folder!r} kann nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="105"/>
            <source>the disk holding {where!r} is full</source>
            <translation>der Datenträger mit {where!r} ist voll</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="106"/>
            <source>Free some space there or choose another location; what was there before the run is unchanged</source>
            <translation>Schaffen Sie dort Platz oder wählen Sie einen anderen Ort; was vor dem Lauf dort war, ist unverändert</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="109"/>
            <source>writing into {where!r} failed ({detail})</source>
            <translation>das Schreiben nach {where!r} ist fehlgeschlagen ({detail})</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="110"/>
            <source>Check the free space and permissions there; what was there before the run is unchanged</source>
            <translation>Prüfen Sie dort den freien Platz und die Zugriffsrechte; was vor dem Lauf dort war, ist unverändert</translation>
        </message>
        <message>
            <location filename="../engine/parts.py" line="24"/>
            <source>must be a whole number of at least 1 (got {n_parts})</source>
            <translation>muss eine ganze Zahl von mindestens 1 sein (erhalten: {n_parts})</translation>
        </message>
        <message>
            <location filename="../engine/parts.py" line="25"/>
            <source>Use e.g. the number of workers</source>
            <translation>Verwenden Sie z. B. die Anzahl der Worker</translation>
        </message>
        <message>
            <location filename="../engine/parts.py" line="63"/>
            <source>{path!r} repeats rows {start}–{stop}</source>
            <translation>{path!r} wiederholt die Zeilen {start}–{stop}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="123"/>
            <source>did not answer in time</source>
            <translation>hat nicht rechtzeitig geantwortet</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="124"/>
            <source>could not be reached</source>
            <translation>ist nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="127"/>
            <source>the web service answered HTTP {status} for {url} (attempts: {tries})</source>
            <translation>der Webdienst antwortete HTTP {status} für {url} (Versuche: {tries})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="128"/>
            <source>Check that the service is up and that EXTENT lies inside its coverage</source>
            <translation>Prüfen Sie, ob der Dienst läuft und EXTENT in seiner Abdeckung liegt</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="129"/>
            <location filename="../engine/raster_io.py" line="132"/>
            <source>its URL</source>
            <translation>seine URL</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="130"/>
            <source>the web service {what}: {url} (attempts: {tries})</source>
            <translation>der Webdienst {what}: {url} (Versuche: {tries})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="131"/>
            <source>Check the network and the service; QGIS's network timeout (Settings &gt; Options &gt; Network) applies</source>
            <translation>Prüfen Sie Netzwerk und Dienst; es gilt das Netzwerk-Timeout von QGIS (Einstellungen &gt; Optionen &gt; Netzwerk)</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="134"/>
            <source>reading {name} failed ({detail}): the file is truncated or damaged</source>
            <translation>das Lesen von {name} ist fehlgeschlagen ({detail}): Die Datei ist abgeschnitten oder beschädigt</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="135"/>
            <source>Re-create or re-download it; 'gdalinfo -checksum' shows whether every block can be read</source>
            <translation>Erzeugen oder laden Sie sie neu; 'gdalinfo -checksum' zeigt, ob jeder Block lesbar ist</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="182"/>
            <source>cannot open {path!r} as a raster ({first_line})</source>
            <translation>{path!r} kann nicht als Raster geöffnet werden ({first_line})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="183"/>
            <source>Choose a raster file GDAL can read</source>
            <translation>Wählen Sie eine Rasterdatei, die GDAL lesen kann</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="193"/>
            <source>its CRS is not understood ({value})</source>
            <translation>sein KBS wird nicht verstanden ({value})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="194"/>
            <source>Assign a valid CRS to the layer</source>
            <translation>Weisen Sie dem Layer ein gültiges KBS zu</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="278"/>
            <source>must be 0 (the raster's own) or positive (got {cell_size})</source>
            <translation>muss 0 (die des Rasters) oder positiv sein (erhalten: {cell_size})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="279"/>
            <source>Set a positive cell size in the raster's CRS units, or 0</source>
            <translation>Setzen Sie eine positive Zellgröße in den Einheiten des Raster-KBS, oder 0</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="282"/>
            <source>the raster has no bands</source>
            <translation>das Raster hat keine Kanäle</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="287"/>
            <source>cannot resample a raster without georeference</source>
            <translation>ein Raster ohne Georeferenz kann nicht neu abgetastet werden</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="288"/>
            <source>Leave CELL_SIZE at 0 for this raster</source>
            <translation>Lassen Sie CELL_SIZE für dieses Raster auf 0</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="330"/>
            <source>is empty ({xmin}, {ymin}, {xmax}, {ymax})</source>
            <translation>ist leer ({xmin}, {ymin}, {xmax}, {ymax})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="331"/>
            <source>Give xmin &lt; xmax and ymin &lt; ymax, or leave it unset</source>
            <translation>Geben Sie xmin &lt; xmax und ymin &lt; ymax an, oder lassen Sie es leer</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="342"/>
            <source>does not overlap IN_RASTER (extent {extent}; raster {b})</source>
            <translation>überlappt IN_RASTER nicht (Ausdehnung {extent}; Raster {b})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="344"/>
            <source>Give an extent inside the raster, in the raster's CRS, or leave it unset</source>
            <translation>Geben Sie eine Ausdehnung innerhalb des Rasters im KBS des Rasters an, oder lassen Sie sie leer</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="427"/>
            <source>one of the two rasters has no CRS, so they cannot be aligned</source>
            <translation>eines der beiden Raster hat kein KBS, daher lassen sie sich nicht ausrichten</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="428"/>
            <source>Assign the same CRS to both rasters</source>
            <translation>Weisen Sie beiden Rastern dasselbe KBS zu</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="553"/>
            <source>is not on the grid of IN_RASTER and the two rasters lack a CRS, so they cannot be aligned</source>
            <translation>liegt nicht im Gitter von IN_RASTER, und beiden Rastern fehlt ein KBS, daher lassen sie sich nicht ausrichten</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="555"/>
            <source>Give both rasters a CRS, or the same grid</source>
            <translation>Geben Sie beiden Rastern ein KBS, oder dasselbe Gitter</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="574"/>
            <source>CRS</source>
            <translation>KBS</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="574"/>
            <source>band count</source>
            <translation>Kanalanzahl</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="574"/>
            <source>data type</source>
            <translation>Datentyp</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="576"/>
            <source>{name} has another {what} than {first_name} ({value} vs {first_value}), so they cannot be mosaicked</source>
            <translation>{name} hat ein anderes Merkmal {what} als {first_name} ({value} gegenüber {first_value}), daher lassen sie sich nicht mosaikieren</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="578"/>
            <source>Use PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY, or make the rasters alike first</source>
            <translation>Verwenden Sie PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY, oder gleichen Sie die Raster zuerst an</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="582"/>
            <source>{name} is rotated</source>
            <translation>{name} ist gedreht</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="582"/>
            <source>Warp it north-up first</source>
            <translation>Entzerren Sie es zuerst nach Norden ausgerichtet</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="585"/>
            <source>the rasters have no CRS, so they cannot be placed in one mosaic</source>
            <translation>die Raster haben kein KBS, daher lassen sie sich nicht in ein Mosaik setzen</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="586"/>
            <source>Assign them their CRS, or use PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY</source>
            <translation>Weisen Sie ihnen ihr KBS zu, oder verwenden Sie PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="655"/>
            <source>unknown format {chip_format!r}</source>
            <translation>unbekanntes Format {chip_format!r}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="656"/>
            <source>Use one of {chip_formats}</source>
            <translation>Verwenden Sie einen der Werte {chip_formats}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="660"/>
            <source>PNG holds 1 or 3 bands of 8- or 16-bit unsigned data, but IN_RASTER has {count} band(s) of {dtype}</source>
            <translation>PNG enthält 1 oder 3 Kanäle mit vorzeichenlosen 8- oder 16-Bit-Daten, aber IN_RASTER hat {count} Kanal/Kanäle vom Typ {dtype}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="662"/>
            <location filename="../engine/raster_io.py" line="668"/>
            <source>Use TIFF or MRF, which keep every band and the data type</source>
            <translation>Verwenden Sie TIFF oder MRF, die jeden Kanal und den Datentyp erhalten</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="666"/>
            <source>JPEG holds 1 or 3 bands of 8-bit unsigned data, but IN_RASTER has {count} band(s) of {dtype}</source>
            <translation>JPEG enthält 1 oder 3 Kanäle mit vorzeichenlosen 8-Bit-Daten, aber IN_RASTER hat {count} Kanal/Kanäle vom Typ {dtype}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="807"/>
            <source>cannot create {path!r} ({detail})</source>
            <translation>{path!r} kann nicht angelegt werden ({detail})</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="32"/>
            <source>GPU was chosen but this ONNX Runtime has no GPU provider (available: {available})</source>
            <translation>GPU wurde gewählt, aber diese ONNX Runtime hat keinen GPU-Provider (verfügbar: {available})</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="34"/>
            <source>Install onnxruntime-gpu (NVIDIA) or onnxruntime-directml (Windows), or choose AUTO or CPU</source>
            <translation>Installieren Sie onnxruntime-gpu (NVIDIA) oder onnxruntime-directml (Windows), oder wählen Sie AUTO oder CPU</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="35"/>
            <location filename="../processing_provider/compute_accuracy.py" line="223"/>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="120"/>
            <source>{name} is not a valid ONNX model ONNX Runtime can load ({detail})</source>
            <translation>{name} ist kein gültiges ONNX-Modell, das ONNX Runtime laden kann ({detail})</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="121"/>
            <source>Export the model again (torch.onnx.export, opset 11 or later) or choose another file</source>
            <translation>Exportieren Sie das Modell erneut (torch.onnx.export, Opset 11 oder neuer) oder wählen Sie eine andere Datei</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="125"/>
            <source>GPU was chosen but {requested} could not start ({reason}); ONNX Runtime fell back to the CPU</source>
            <translation>GPU wurde gewählt, aber {requested} konnte nicht starten ({reason}); ONNX Runtime wich auf die CPU aus</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="127"/>
            <source>Install the CUDA and cuDNN versions your onnxruntime-gpu needs, or choose AUTO or CPU</source>
            <translation>Installieren Sie die CUDA- und cuDNN-Versionen, die Ihr onnxruntime-gpu braucht, oder wählen Sie AUTO oder CPU</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="129"/>
            <source>missing CUDA/cuDNN libraries or no GPU</source>
            <translation>fehlende CUDA/cuDNN-Bibliotheken oder keine GPU</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="44"/>
            <source>Choose the folder of a Classified_Tiles export (Export Training Data For Deep Learning with METADATA_FORMAT=Classified_Tiles): the folder holding map.txt, images/ and labels/</source>
            <translation>Wählen Sie den Ordner eines Classified_Tiles-Exports (Trainingsdaten für Deep Learning exportieren mit METADATA_FORMAT=Classified_Tiles): den Ordner mit map.txt, images/ und labels/</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="109"/>
            <source>{name} cannot be read ({err})</source>
            <translation>{name} kann nicht gelesen werden ({err})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="110"/>
            <location filename="../engine/train/dataset.py" line="113"/>
            <location filename="../engine/train/dataset.py" line="320"/>
            <source>Export the training data again</source>
            <translation>Exportieren Sie die Trainingsdaten erneut</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="112"/>
            <source>{name} is not a JSON object</source>
            <translation>{name} ist kein JSON-Objekt</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="121"/>
            <source>{folder!r} is not a folder</source>
            <translation>{folder!r} ist kein Ordner</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="127"/>
            <source>{folder!r} is not a training-data export (it has no {first})</source>
            <translation>{folder!r} ist kein Trainingsdaten-Export (es fehlt {first})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="129"/>
            <source>{folder!r} is not a training-data export (it has no {first} and no {second})</source>
            <translation>{folder!r} ist kein Trainingsdaten-Export (es fehlen {first} und {second})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="131"/>
            <source>{folder!r} is not a training-data export (it has no {first} and no {second} and no {third})</source>
            <translation>{folder!r} ist kein Trainingsdaten-Export (es fehlen {first}, {second} und {third})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="138"/>
            <source>holds a {mode} export, not Classified_Tiles</source>
            <translation>enthält einen {mode}-Export, nicht Classified_Tiles</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="139"/>
            <source>holds a training-data export, not Classified_Tiles</source>
            <translation>enthält einen Trainingsdaten-Export, nicht Classified_Tiles</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="140"/>
            <source>Pixel classification trains on class-raster chips: export with METADATA_FORMAT=Classified_Tiles</source>
            <translation>Die Pixelklassifizierung trainiert auf Klassenraster-Kacheln: Exportieren Sie mit METADATA_FORMAT=Classified_Tiles</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="148"/>
            <source>the export lists no classes (no Classes in its EMD or stats JSON)</source>
            <translation>der Export führt keine Klassen auf (keine Classes in seiner EMD oder seinem Statistik-JSON)</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="149"/>
            <source>Export the training data again with class labels</source>
            <translation>Exportieren Sie die Trainingsdaten erneut mit Klassenlabels</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="158"/>
            <source>class {number} of the export has no whole-number Value ({raw!r})</source>
            <translation>Klasse {number} des Exports hat keinen ganzzahligen Value ({raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="159"/>
            <location filename="../engine/train/dataset.py" line="169"/>
            <source>Fix Classes in esri_model_definition.emd</source>
            <translation>Korrigieren Sie Classes in esri_model_definition.emd</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="165"/>
            <source>Classes: {err}</source>
            <translation>Classes: {err}</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="165"/>
            <source>Rename the class in the export's EMD</source>
            <translation>Benennen Sie die Klasse in der EMD des Exports um</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="168"/>
            <source>class value {value} appears twice in the export's classes</source>
            <translation>der Klassenwert {value} kommt in den Klassen des Exports zweimal vor</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="187"/>
            <source>the export has only class {value} ({name!r}); a pixel classifier needs at least two classes</source>
            <translation>der Export hat nur die Klasse {value} ({name!r}); ein Pixelklassifikator braucht mindestens zwei Klassen</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="189"/>
            <source>the export has no class other than 0; a pixel classifier needs at least two classes</source>
            <translation>der Export hat keine Klasse außer 0; ein Pixelklassifikator braucht mindestens zwei Klassen</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="191"/>
            <source>Export with a class field that has two or more values (label the background as a class of its own if needed)</source>
            <translation>Exportieren Sie mit einem Klassenfeld, das zwei oder mehr Werte hat (erfassen Sie den Hintergrund bei Bedarf als eigene Klasse)</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="209"/>
            <source>its {map_file} lists no image and label chips</source>
            <translation>seine {map_file} führt keine Bild- und Labelkacheln auf</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="210"/>
            <source>Export the training data again with METADATA_FORMAT=Classified_Tiles</source>
            <translation>Exportieren Sie die Trainingsdaten erneut mit METADATA_FORMAT=Classified_Tiles</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="233"/>
            <source>label chip {name} has {count} bands</source>
            <translation>die Labelkachel {name} hat {count} Kanäle</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="234"/>
            <source>Classified_Tiles labels are single-band class rasters</source>
            <translation>Classified_Tiles-Labels sind einkanalige Klassenraster</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="275"/>
            <source>its image chips hold no valid pixels</source>
            <translation>seine Bildkacheln enthalten keine gültigen Pixel</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="276"/>
            <source>Export the training data again from imagery with data</source>
            <translation>Exportieren Sie die Trainingsdaten erneut aus Bilddaten mit Inhalt</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="310"/>
            <source>chip {token} is {width}×{height} pixels with {bands} band(s), the first chip {first_width}×{first_height} with {first_bands}</source>
            <translation>Kachel {token} ist {width}×{height} Pixel groß mit {bands} Kanal/Kanälen, die erste Kachel {first_width}×{first_height} mit {first_bands}</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="312"/>
            <source>Train on an export whose chips all have one size and band count</source>
            <translation>Trainieren Sie auf einem Export, dessen Kacheln alle dieselbe Größe und Kanalanzahl haben</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="318"/>
            <source>the label of chip {token} is {label_width}×{label_height} pixels, the image {width}×{height}</source>
            <translation>das Label der Kachel {token} ist {label_width}×{label_height} Pixel groß, das Bild {width}×{height}</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="335"/>
            <source>none of the {count} chips listed in {map_file} exists</source>
            <translation>keine der {count} in {map_file} aufgeführten Kacheln existiert</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="336"/>
            <source>Export the training data again, or copy the images/ and labels/ folders too</source>
            <translation>Exportieren Sie die Trainingsdaten erneut, oder kopieren Sie auch die Ordner images/ und labels/</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="347"/>
            <source>the label chips hold only class {value} ({name!r}); a pixel classifier needs labelled pixels of at least two classes</source>
            <translation>die Labelkacheln enthalten nur die Klasse {value} ({name!r}); ein Pixelklassifikator braucht gelabelte Pixel aus mindestens zwei Klassen</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="349"/>
            <source>the label chips hold no class; a pixel classifier needs labelled pixels of at least two classes</source>
            <translation>die Labelkacheln enthalten keine Klasse; ein Pixelklassifikator braucht gelabelte Pixel aus mindestens zwei Klassen</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="351"/>
            <source>Export labels with two or more classes</source>
            <translation>Exportieren Sie Labels mit zwei oder mehr Klassen</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="377"/>
            <source>holds {count} usable chip; training needs at least two (one is held out for validation)</source>
            <translation>enthält {count} verwendbare Kachel; das Training braucht mindestens zwei (eine wird für die Validierung zurückgehalten)</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="378"/>
            <source>Export more chips (a smaller stride or tile size)</source>
            <translation>Exportieren Sie mehr Kacheln (kleinere Schrittweite oder Kachelgröße)</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="98"/>
            <source>must be at least 1 (got {width})</source>
            <translation>muss mindestens 1 sein (erhalten: {width})</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="98"/>
            <location filename="../engine/train/trainer.py" line="79"/>
            <source>Use 16 for a small model</source>
            <translation>Verwenden Sie 16 für ein kleines Modell</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="101"/>
            <source>must be at least 1 (got {depth})</source>
            <translation>muss mindestens 1 sein (erhalten: {depth})</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="101"/>
            <location filename="../engine/train/trainer.py" line="80"/>
            <source>Use 3 for a small model</source>
            <translation>Verwenden Sie 3 für ein kleines Modell</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="104"/>
            <source>{depth} down-samplings need chips of at least {pixels} pixels; these are {chip_width}×{height}</source>
            <translation>{depth} Herunterskalierungen brauchen Kacheln von mindestens {pixels} Pixeln; diese sind {chip_width}×{height}</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="106"/>
            <source>Use MODEL_DEPTH {max_depth} or less</source>
            <translation>Verwenden Sie MODEL_DEPTH {max_depth} oder weniger</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="121"/>
            <source>GPU was chosen but PyTorch {version} sees no CUDA GPU</source>
            <translation>GPU wurde gewählt, aber PyTorch {version} sieht keine CUDA-GPU</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="123"/>
            <source>Install a CUDA build of PyTorch (pytorch.org) and the NVIDIA driver, or choose AUTO or CPU</source>
            <translation>Installieren Sie eine CUDA-Version von PyTorch (pytorch.org) und den NVIDIA-Treiber, oder wählen Sie AUTO oder CPU</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="69"/>
            <source>must be a whole number of at least {minimum} (got {value!r})</source>
            <translation>muss eine ganze Zahl von mindestens {minimum} sein (erhalten: {value!r})</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="76"/>
            <source>Train at least one epoch, e.g. 20</source>
            <translation>Trainieren Sie mindestens eine Epoche, z. B. 20</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="77"/>
            <source>Use e.g. 8 chips per batch</source>
            <translation>Verwenden Sie z. B. 8 Kacheln je Batch</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="78"/>
            <source>Use e.g. 5 epochs, or 0 to train every epoch</source>
            <translation>Verwenden Sie z. B. 5 Epochen, oder 0, um jede Epoche zu trainieren</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="81"/>
            <source>Use any whole number ≥ 0</source>
            <translation>Verwenden Sie eine beliebige ganze Zahl ≥ 0</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="84"/>
            <source>must be a number ≥ 0 (got {rate!r})</source>
            <translation>muss eine Zahl ≥ 0 sein (erhalten: {rate!r})</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="84"/>
            <source>Use e.g. 0.001</source>
            <translation>Verwenden Sie z. B. 0.001</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="88"/>
            <source>must be more than 0 and less than 100 (got {share!r})</source>
            <translation>muss größer als 0 und kleiner als 100 sein (erhalten: {share!r})</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="89"/>
            <source>Use e.g. 10: one chip in ten is held out to measure the model</source>
            <translation>Verwenden Sie z. B. 10: Jede zehnte Kachel wird zurückgehalten, um das Modell zu bewerten</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="95"/>
            <location filename="../engine/train/trainer.py" line="99"/>
            <source>Give a folder for the trained model</source>
            <translation>Geben Sie einen Ordner für das trainierte Modell an</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="99"/>
            <source>{path!r} is a file</source>
            <translation>{path!r} ist eine Datei</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="104"/>
            <source>holds files that are not an earlier trained model ({others})</source>
            <translation>enthält Dateien, die kein früher trainiertes Modell sind ({others})</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="105"/>
            <source>Choose a new or empty folder, or the folder of an earlier Train Pixel Classifier run (its model files are replaced)</source>
            <translation>Wählen Sie einen neuen oder leeren Ordner, oder den Ordner eines früheren Laufs von Pixelklassifikator trainieren (seine Modelldateien werden ersetzt)</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="304"/>
            <source>The exported ONNX model differs from the trained PyTorch model (by up to {difference:.3g}); nothing was written. Report this with the PyTorch version.</source>
            <translation>Das exportierte ONNX-Modell weicht vom trainierten PyTorch-Modell ab (um bis zu {difference:.3g}); nichts wurde geschrieben. Melden Sie dies mit der PyTorch-Version.</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="400"/>
            <source>Cancelled by the user before the first epoch finished; nothing was written.</source>
            <translation>Vom Benutzer abgebrochen, bevor die erste Epoche fertig war; nichts wurde geschrieben.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="357"/>
            <source>must be 0 (no limit) or positive (got {limit})</source>
            <translation>muss 0 (kein Limit) oder positiv sein (erhalten: {limit})</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="358"/>
            <source>Give the most tiles a run may fetch, or 0</source>
            <translation>Geben Sie an, wie viele Kacheln ein Lauf höchstens laden darf, oder 0</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="383"/>
            <source>'{name}' is a web or database layer, which has no cell grid of its own</source>
            <translation>„{name}“ ist ein Web- oder Datenbank-Layer ohne eigenes Zellenraster</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="384"/>
            <source>Choose a raster file as the snap raster</source>
            <translation>Wählen Sie eine Rasterdatei als Fangraster</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="238"/>
            <source>{name!r} is not a GeoTIFF file name</source>
            <translation>{name!r} ist kein GeoTIFF-Dateiname</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="239"/>
            <source>Pixelwise writes GeoTIFF: give a .tif file name</source>
            <translation>Pixelwise schreibt GeoTIFF: Geben Sie einen .tif-Dateinamen an</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="214"/>
            <location filename="../processing_provider/labels.py" line="154"/>
            <source>layer '{layer}' holds {geometry} geometries</source>
            <translation>der Layer '{layer}' enthält {geometry}-Geometrien</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="215"/>
            <source>Use polygons or a class raster as ground truth</source>
            <translation>Verwenden Sie Polygone oder ein Klassenraster als Referenzdaten</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="220"/>
            <source>is empty and the polygons of '{layer}' have no field named 'value' or 'classvalue' (fields: {fields})</source>
            <translation>ist leer, und die Polygone von '{layer}' haben kein Feld namens 'value' oder 'classvalue' (Felder: {fields})</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="222"/>
            <source>Choose the field that holds the reference classes</source>
            <translation>Wählen Sie das Feld, das die Referenzklassen enthält</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="227"/>
            <source>{value!r} does not load as a raster or polygon layer</source>
            <translation>{value!r} lässt sich nicht als Raster- oder Polygonlayer laden</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="228"/>
            <source>Give a class raster or a polygon layer</source>
            <translation>Geben Sie ein Klassenraster oder einen Polygonlayer an</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="390"/>
            <source>must be between 0 and 1 (got {overlap_ratio:g})</source>
            <translation>muss zwischen 0 und 1 liegen (erhalten: {overlap_ratio:g})</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="391"/>
            <source>Give the fraction of a feature's area that must lie inside a chip, or 0</source>
            <translation>Geben Sie den Anteil der Fläche eines Objekts an, der in einer Kachel liegen muss, oder 0</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="405"/>
            <source>mixes web layers with other rasters</source>
            <translation>mischt Web-Layer mit anderen Rastern</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="405"/>
            <source>Export the web layers and the other rasters in separate runs</source>
            <translation>Exportieren Sie Web-Layer und andere Raster in getrennten Läufen</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="75"/>
            <source>layer '{layer}' is neither a vector nor a raster layer</source>
            <translation>der Layer '{layer}' ist weder ein Vektor- noch ein Rasterlayer</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="76"/>
            <location filename="../processing_provider/labels.py" line="155"/>
            <source>Use polygons, points with a BUFFER_RADIUS, or a class raster.</source>
            <translation>Verwenden Sie Polygone, Punkte mit einem BUFFER_RADIUS oder ein Klassenraster.</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="100"/>
            <source>field '{requested}' is not in {layer_key} (fields: {names})</source>
            <translation>das Feld '{requested}' ist nicht in {layer_key} (Felder: {names})</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="101"/>
            <source>Choose one of them.</source>
            <translation>Wählen Sie eines davon.</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="140"/>
            <source>must be 0 or more (got {buffer_radius:g})</source>
            <translation>muss 0 oder mehr sein (erhalten: {buffer_radius:g})</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="141"/>
            <source>Give the radius in the units of {layer_key}, or 0 for no buffer.</source>
            <translation>Geben Sie den Radius in den Einheiten von {layer_key} an, oder 0 für keinen Puffer.</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="146"/>
            <source>must be greater than 0 for the point layer '{layer}' given as {layer_key} (got {buffer_radius:g})</source>
            <translation>muss für den Punktlayer '{layer}', angegeben als {layer_key}, größer als 0 sein (erhalten: {buffer_radius:g})</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="148"/>
            <source>Give the radius of the circle drawn around each point, in the units of the layer's CRS.</source>
            <translation>Geben Sie den Radius des Kreises um jeden Punkt in den Einheiten des Layer-KBS an.</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="160"/>
            <source>layer '{layer}' has no features</source>
            <translation>der Layer '{layer}' hat keine Objekte</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="161"/>
            <source>Choose the layer that holds your labels (or clear its filter).</source>
            <translation>Wählen Sie den Layer, der Ihre Labels enthält (oder entfernen Sie seinen Filter).</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="190"/>
            <source>{reason} in field '{field_name}'</source>
            <translation>{reason} im Feld '{field_name}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="191"/>
            <source>Remove them from the class names (Field Calculator: regexp_replace("field", '[\\x00-\\x1f]', ''))</source>
            <translation>Entfernen Sie sie aus den Klassennamen (Feldrechner: regexp_replace("field", '[\\x00-\\x1f]', ''))</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="193"/>
            <source>Use a field of whole numbers (0 = no class) or a text field.</source>
            <translation>Verwenden Sie ein Feld mit ganzen Zahlen (0 = keine Klasse) oder ein Textfeld.</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="211"/>
            <source>GDAL cannot open {name!r} with the options {options} ({detail})</source>
            <translation>GDAL kann {name!r} mit den Optionen {options} nicht öffnen ({detail})</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="212"/>
            <source>Check the layer's open options (Layer Properties ▸ Source)</source>
            <translation>Prüfen Sie die Öffnungsoptionen des Layers (Layereigenschaften ▸ Quelle)</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="222"/>
            <source>is required for the web layer {layer!r} ({key}): a web service has no extent of its own</source>
            <translation>ist für den Web-Layer {layer!r} ({key}) nötig: ein Webdienst hat keine eigene Ausdehnung</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="224"/>
            <source>Set EXTENT to the area to read (in the dialog: 'Use Map Canvas Extent'; in qgis_process: EXTENT='xmin,xmax,ymin,ymax [EPSG:code]')</source>
            <translation>Setzen Sie EXTENT auf den zu lesenden Bereich (im Dialog: „Kartenausdehnung verwenden“; in qgis_process: EXTENT='xmin,xmax,ymin,ymax [EPSG:code]')</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="234"/>
            <source>reading {layer!r} over EXTENT at {level} needs {count} tiles ({cols} × {rows}), more than WEB_TILE_LIMIT ({limit})</source>
            <translation>{layer!r} über EXTENT bei {level} zu lesen braucht {count} Kacheln ({cols} × {rows}), mehr als WEB_TILE_LIMIT ({limit})</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="236"/>
            <source>Make EXTENT smaller, CELL_SIZE larger, or raise WEB_TILE_LIMIT (0: no limit) if the service allows it</source>
            <translation>Verkleinern Sie EXTENT, vergrößern Sie CELL_SIZE oder erhöhen Sie WEB_TILE_LIMIT (0: kein Limit), wenn der Dienst es erlaubt</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="272"/>
            <source>the web layer {layer!r} has no valid CRS</source>
            <translation>der Web-Layer {layer!r} hat kein gültiges KBS</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="273"/>
            <source>Set the layer's CRS (Layer Properties ▸ Source)</source>
            <translation>Setzen Sie das KBS des Layers (Layereigenschaften ▸ Quelle)</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="280"/>
            <source>the XYZ layer {layer!r} has no URL</source>
            <translation>der XYZ-Layer {layer!r} hat keine URL</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="280"/>
            <source>Fix the layer's source</source>
            <translation>Korrigieren Sie die Quelle des Layers</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="317"/>
            <source>is required for the {service} layer {layer!r}: the service draws maps at any resolution</source>
            <translation>ist für den {service}-Layer {layer!r} nötig: der Dienst zeichnet Karten in jeder Auflösung</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="318"/>
            <source>Set CELL_SIZE to the ground size of a pixel, in the layer CRS's units</source>
            <translation>Setzen Sie CELL_SIZE auf die Bodengröße eines Pixels, in den Einheiten des Layer-KBS</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="371"/>
            <source>the WMTS service {url} did not answer as expected ({detail})</source>
            <translation>der WMTS-Dienst {url} antwortete nicht wie erwartet ({detail})</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="372"/>
            <source>Check that the service is up and the layer and tile matrix set exist</source>
            <translation>Prüfen Sie, ob der Dienst läuft und Layer und Kachelmatrix-Satz existieren</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="408"/>
            <source>the layer {layer!r} is not valid</source>
            <translation>der Layer {layer!r} ist ungültig</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="408"/>
            <source>Fix or reload the layer</source>
            <translation>Korrigieren oder laden Sie den Layer neu</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="416"/>
            <source>is required for the layer {layer!r}: it has no cell size of its own</source>
            <translation>ist für den Layer {layer!r} nötig: er hat keine eigene Zellgröße</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="417"/>
            <source>Set CELL_SIZE, in the layer CRS's units</source>
            <translation>Setzen Sie CELL_SIZE, in den Einheiten des Layer-KBS</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="434"/>
            <source>does not overlap {layer!r}</source>
            <translation>überlappt {layer!r} nicht</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="434"/>
            <source>Give an extent inside the layer, in its CRS, or leave it unset</source>
            <translation>Geben Sie eine Ausdehnung im Layer an, in seinem KBS, oder lassen Sie sie leer</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="443"/>
            <source>the layer {layer!r} has pixels of a type Pixelwise cannot read</source>
            <translation>der Layer {layer!r} hat Pixel eines Typs, den Pixelwise nicht lesen kann</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="444"/>
            <source>Save the layer as a GeoTIFF (Export ▸ Save As) and use that</source>
            <translation>Speichern Sie den Layer als GeoTIFF (Exportieren ▸ Speichern unter) und nutzen Sie diesen</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="486"/>
            <source>QGIS could not read {layer!r} (block {step} of {steps})</source>
            <translation>QGIS konnte {layer!r} nicht lesen (Block {step} von {steps})</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="487"/>
            <source>Check the layer loads and draws in QGIS</source>
            <translation>Prüfen Sie, ob der Layer in QGIS lädt und sich zeichnen lässt</translation>
        </message>
        <message>
            <source>Cell size of the classified raster in the raster CRS's units (the ArcGIS 'cellSize' environment); the input is resampled to it before the model runs. 0 keeps the raster's own cell size. For a tiled web layer it picks the zoom level (0: the finest the service offers); a WMS or ArcGIS layer needs it.</source>
            <translation type="vanished">Zellgröße des klassifizierten Rasters in den Einheiten des Raster-KBS (die ArcGIS-Umgebung „cellSize“); die Eingabe wird vor dem Modell darauf umgerechnet. 0 behält die eigene Zellgröße. Bei einem gekachelten Web-Layer wählt sie die Zoomstufe (0: die feinste des Dienstes); ein WMS- oder ArcGIS-Layer braucht sie.</translation>
        </message>
        <message>
            <source>Output cell size in the units of the (first) input raster's CRS (the ArcGIS 'cellSize' environment); 0 keeps the raster's own cell size. For a tiled web layer it picks the zoom level (0: the finest the service offers); a WMS or ArcGIS layer needs it.</source>
            <translation type="vanished">Ausgabezellgröße in den Einheiten des KBS des (ersten) Eingaberasters (die ArcGIS-Umgebung „cellSize“); 0 behält die eigene Zellgröße. Bei einem gekachelten Web-Layer wählt sie die Zoomstufe (0: die feinste des Dienstes); ein WMS- oder ArcGIS-Layer braucht sie.</translation>
        </message>
        <message>
            <source>One polygon per written chip (chip_name, image_path, feature_count), in the raster's CRS.</source>
            <translation type="vanished">Ein Polygon je geschriebener Kachel (chip_name, image_path, feature_count), im KBS des Rasters.</translation>
        </message>
        <message>
            <source>is required for the WMS layer {layer!r}: a WMS draws at any resolution</source>
            <translation type="vanished">ist für den WMS-Layer {layer!r} nötig: ein WMS zeichnet in jeder Auflösung</translation>
        </message>
        <message>
            <source>is required for the ArcGIS layer {layer!r}: its export endpoint draws at any resolution</source>
            <translation type="vanished">ist für den ArcGIS-Layer {layer!r} nötig: sein Export-Endpunkt zeichnet in jeder Auflösung</translation>
        </message>
        <message>
            <source>The imagery to classify. It must have the bands the model expects (ExtractBands of the model definition, else the model's input channels).</source>
            <translation type="vanished">Die zu klassifizierenden Bilddaten. Sie müssen die Kanäle haben, die das Modell erwartet (ExtractBands der Modelldefinition, sonst die Eingangskanäle des Modells).</translation>
        </message>
        <message>
            <source>Area to classify (the ArcGIS 'extent' environment); the whole raster if not set.</source>
            <translation type="vanished">Zu klassifizierender Bereich (die ArcGIS-Umgebung 'extent'); ohne Angabe das ganze Raster.</translation>
        </message>
        <message>
            <source>Cell size of the classified raster in the raster CRS's units (the ArcGIS 'cellSize' environment); the input is resampled to it before the model runs. 0 keeps the raster's own cell size.</source>
            <translation type="vanished">Zellengröße des klassifizierten Rasters in den Einheiten des Raster-KBS (die ArcGIS-Umgebung 'cellSize'); die Eingabe wird vor der Modellausführung darauf umgerechnet. 0 behält die eigene Zellengröße des Rasters.</translation>
        </message>
        <message>
            <source>The imagery to cut into chips: one raster, or several (PROCESSING_MODE says whether they are mosaicked or cut one by one). Chips keep the raster's data type and all its bands.</source>
            <translation type="vanished">Die in Kacheln zu zerlegenden Bilddaten: ein Raster oder mehrere (PROCESSING_MODE legt fest, ob sie mosaikiert oder einzeln zerlegt werden). Die Kacheln behalten den Datentyp des Rasters und alle seine Kanäle.</translation>
        </message>
        <message>
            <source>Area to export (the ArcGIS 'extent' environment); the whole raster if not set.</source>
            <translation type="vanished">Zu exportierender Bereich (die ArcGIS-Umgebung 'extent'); ohne Angabe das ganze Raster.</translation>
        </message>
        <message>
            <source>Output cell size in the units of the (first) input raster's CRS (the ArcGIS 'cellSize' environment); 0 keeps the raster's own cell size.</source>
            <translation type="vanished">Ausgabe-Zellengröße in den Einheiten des KBS des (ersten) Eingaberasters (die ArcGIS-Umgebung 'cellSize'); 0 behält die eigene Zellengröße des Rasters.</translation>
        </message>
        <message>
            <source>Fix it in the model's metadata</source>
            <translation type="vanished">Korrigieren Sie es in den Metadaten des Modells</translation>
        </message>
        <message>
            <source>{key} must be a whole number ≥ {minimum} (got {value!r})</source>
            <translation type="vanished">{key} muss eine ganze Zahl ≥ {minimum} sein (erhalten: {value!r})</translation>
        </message>
        <message>
            <source>Set {key} to a number such as 256</source>
            <translation type="vanished">Setzen Sie {key} auf eine Zahl wie 256</translation>
        </message>
        <message>
            <source>{key} must be a number (got {value!r})</source>
            <translation type="vanished">{key} muss eine Zahl sein (erhalten: {value!r})</translation>
        </message>
        <message>
            <source>{key} holds {v!r}, not a whole number</source>
            <translation type="vanished">{key} enthält {v!r}, keine ganze Zahl</translation>
        </message>
        <message>
            <source>Classes[{i}].Value {raw!r} is not a whole number</source>
            <translation type="vanished">Classes[{i}].Value {raw!r} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>Class values are integers</source>
            <translation type="vanished">Klassenwerte sind ganze Zahlen</translation>
        </message>
        <message>
            <source>ONNX metadata {key} must be a whole number ≥ 1 (got {got!r})</source>
            <translation type="vanished">die ONNX-Metadaten {key} müssen eine ganze Zahl ≥ 1 sein (erhalten: {got!r})</translation>
        </message>
        <message>
            <source>Fix {key} in the model's metadata</source>
            <translation type="vanished">Korrigieren Sie {key} in den Metadaten des Modells</translation>
        </message>
        <message>
            <source>GPU was chosen but {requested} could not start (missing CUDA/cuDNN libraries or no GPU); ONNX Runtime fell back to the CPU</source>
            <translation type="vanished">GPU wurde gewählt, aber {requested} konnte nicht starten (CUDA/cuDNN-Bibliotheken fehlen oder keine GPU); ONNX Runtime ist auf die CPU ausgewichen</translation>
        </message>
        <message>
            <source>rows {expected}–{top} of the raster are in no part</source>
            <translation type="vanished">die Zeilen {expected}–{top} des Rasters liegen in keinem Teil</translation>
        </message>
        <message>
            <source>{path!r} repeats rows {top}–{expected}</source>
            <translation type="vanished">{path!r} wiederholt die Zeilen {top}–{expected}</translation>
        </message>
        <message>
            <source>rows {expected}–{height} of the raster are in no part</source>
            <translation type="vanished">die Zeilen {expected}–{height} des Rasters liegen in keinem Teil</translation>
        </message>
        <message>
            <source>rows {expected}–{first} of the chip grid are in no part</source>
            <translation type="vanished">die Zeilen {expected}–{first} des Kachelrasters liegen in keinem Teil</translation>
        </message>
        <message>
            <source>{path!r} repeats rows {first}–{expected}</source>
            <translation type="vanished">{path!r} wiederholt die Zeilen {first}–{expected}</translation>
        </message>
        <message>
            <source>rows {expected}–{n_rows} of the chip grid are in no part</source>
            <translation type="vanished">die Zeilen {expected}–{n_rows} des Kachelrasters liegen in keinem Teil</translation>
        </message>
    </context>
</TS>
