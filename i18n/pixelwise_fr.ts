<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Pixelwise</name>
        <message>
            <location filename="../processing_provider/base.py" line="66"/>
            <source>Yes/no: {yes}, true, yes or 1; {no}, false, no or 0.</source>
            <translation>Oui/non : {yes}, true, yes ou 1 ; {no}, false, no ou 0.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="82"/>
            <source>Yes/no: true, yes or 1; false, no or 0.</source>
            <translation>Oui/non : true, yes ou 1 ; false, no ou 0.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="104"/>
            <source>{value} is neither yes nor no</source>
            <translation>{value} n’est ni oui ni non</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="105"/>
            <source>Use {spellings}</source>
            <translation>Utilisez {spellings}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="124"/>
            <source>Web tile limit</source>
            <translation>Limite de tuiles web</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="125"/>
            <source>Most tiles (or map requests) a web layer input (XYZ, WMS, WMTS, WCS, ArcGIS REST) may need over EXTENT at the cell size; a larger request stops before the first tile is fetched. 0: no limit. Raise it only if the service allows bulk downloads (Pixelwise addition).</source>
            <translation>Nombre maximal de tuiles (ou de requêtes de carte) qu’une couche web en entrée (XYZ, WMS, WMTS, WCS, ArcGIS REST) peut demander sur EXTENT à la taille de cellule ; une demande plus grande s’arrête avant la première tuile. 0 : pas de limite. Ne l’augmentez que si le service autorise les téléchargements massifs (ajout de Pixelwise).</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="152"/>
            <source>Chips and labels are cut on a grid in this CRS, and the metadata files follow it</source>
            <translation>Les imagettes et les étiquettes sont découpées sur une grille dans ce SCR, et les fichiers de métadonnées le suivent</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="153"/>
            <source>the threads that write chips (default: twice the cores, at most 16)</source>
            <translation>les fils qui écrivent les imagettes (par défaut : deux fois le nombre de cœurs, au plus 16)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="155"/>
            <source>The model runs on the input's own grid; the result is warped into this CRS as it is written (nearest neighbour for classes, bilinear for the confidence raster)</source>
            <translation>Le modèle s'exécute sur la grille propre de l'entrée ; le résultat est reprojeté dans ce SCR pendant l'écriture (plus proche voisin pour les classes, bilinéaire pour le raster de confiance)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="157"/>
            <source>ONNX Runtime's threads (default: every core)</source>
            <translation>les fils d'ONNX Runtime (par défaut : tous les cœurs)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="159"/>
            <source>Output coordinate system</source>
            <translation>Système de coordonnées en sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="160"/>
            <source>The coordinate system of the output (the ArcGIS 'outputCoordinateSystem' environment, outSR). {where}. CELL_SIZE is then in this CRS's units; the output grid is GDAL's (as gdalwarp makes it) unless SNAP_RASTER sets it. Not set: the raster's CRS.</source>
            <translation>Le système de coordonnées de la sortie (l'environnement ArcGIS « outputCoordinateSystem », outSR). {where}. CELL_SIZE est alors dans les unités de ce SCR ; la grille de sortie est celle de GDAL (comme gdalwarp la crée) sauf si SNAP_RASTER la fixe. Non défini : le SCR du raster.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="164"/>
            <source>Snap raster</source>
            <translation>Raster d'accrochage</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="165"/>
            <source>A raster whose cells the output lines up with (the ArcGIS 'snapRaster' environment): the output grid's corner moves outwards onto the snap raster's cell corners, and its cell size is the snap raster's unless CELL_SIZE is set. Without OUT_SR the output is in the snap raster's CRS; with OUT_SR in another CRS the snap raster's grid is projected into it first.</source>
            <translation>Un raster sur les cellules duquel la sortie s'aligne (l'environnement ArcGIS « snapRaster ») : le coin de la grille de sortie est déplacé vers l'extérieur sur les coins de cellules du raster d'accrochage, et sa taille de cellule est celle du raster d'accrochage sauf si CELL_SIZE est défini. Sans OUT_SR, la sortie est dans le SCR du raster d'accrochage ; avec OUT_SR dans un autre SCR, la grille du raster d'accrochage y est d'abord projetée.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="170"/>
            <source>Parallel processing factor</source>
            <translation>Facteur de traitement parallèle</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="172"/>
            <source>How many threads work at once (the ArcGIS 'parallelProcessingFactor' environment): a number (4) or a percentage of the cores (50%), at most the machine's cores; 0 means one. It sets {threads}. Results are the same for every value.</source>
            <translation>Combien de fils travaillent en même temps (l'environnement ArcGIS « parallelProcessingFactor ») : un nombre (4) ou un pourcentage des cœurs (50%), au plus les cœurs de la machine ; 0 signifie un. Il fixe {threads}. Les résultats sont identiques pour toute valeur.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="176"/>
            <source>Number of retries on failures</source>
            <translation>Nombre de nouvelles tentatives en cas d'échec</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="178"/>
            <source>How often a window is tried again after a transient failure (the ArcGIS 'retryOnFailures' environment): a web service's HTTP 408, 429 or 5xx answer or time-out, or a GPU out of memory (then in smaller batches). Not set: 1 for web layers, 0 otherwise (a file has nothing to retry). 0: fail at once.</source>
            <translation>Combien de fois une fenêtre est retentée après un échec passager (l'environnement ArcGIS « retryOnFailures ») : une réponse HTTP 408, 429 ou 5xx d'un service web ou un délai dépassé, ou un GPU à court de mémoire (alors par lots plus petits). Non défini : 1 pour les couches web, 0 sinon (un fichier n'a rien à retenter). 0 : échouer tout de suite.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="188"/>
            <source>Dask scheduler</source>
            <translation>Ordonnanceur Dask</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="189"/>
            <source>Run the job in parts on a Dask cluster (Pixelwise addition): the scheduler's address (tcp://host:8786), or local:N for N worker processes on this computer. Empty: this process, as usual. Every worker must see the inputs and the output folder under the same paths (a shared file system; checked before the run) or read the input from a GDAL network path (/vsis3/…, /vsicurl/…); the model travels to the workers. The result is the same, byte for byte. Needs the dask and distributed packages.</source>
            <translation>Exécute la tâche en parties sur une grappe Dask (ajout de Pixelwise) : l'adresse de l'ordonnanceur (tcp://hôte:8786), ou local:N pour N processus de travail sur cet ordinateur. Vide : ce processus, comme d'habitude. Chaque travailleur doit voir les entrées et le dossier de sortie sous les mêmes chemins (un système de fichiers partagé ; vérifié avant l'exécution) ou lire l'entrée depuis un chemin réseau GDAL (/vsis3/…, /vsicurl/…) ; le modèle est envoyé aux travailleurs. Le résultat est le même, octet pour octet. Demande les paquets dask et distributed.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="230"/>
            <source>{value!r} is neither a file nor a raster layer of the project</source>
            <translation>{value!r} n'est ni un fichier ni une couche raster du projet</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="231"/>
            <location filename="../processing_provider/base.py" line="419"/>
            <source>Give the path of a raster file or the name of a loaded raster layer</source>
            <translation>Indiquez le chemin d'un fichier raster ou le nom d'une couche raster chargée</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="234"/>
            <source>GDAL cannot open {name} as a raster{detail}</source>
            <translation>GDAL ne peut pas ouvrir {name} comme raster{detail}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="236"/>
            <source>Check that the file is a complete raster: open it in QGIS or run gdalinfo on it</source>
            <translation>Vérifiez que le fichier est un raster complet : ouvrez-le dans QGIS ou lancez gdalinfo dessus</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="240"/>
            <source>{name} has no bands of its own: it holds {n} rasters</source>
            <translation>{name} n'a pas de bandes propres : il contient {n} rasters</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="242"/>
            <source>Give one of them, e.g. '{first}' (a raster with at least one band)</source>
            <translation>Indiquez l'un d'eux, p. ex. '{first}' (un raster avec au moins une bande)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="244"/>
            <source>{name} has no bands</source>
            <translation>{name} n'a aucune bande</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="245"/>
            <location filename="../engine/raster_io.py" line="282"/>
            <source>Choose a raster with at least one band</source>
            <translation>Choisissez un raster avec au moins une bande</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="258"/>
            <source>has no value</source>
            <translation>n'a pas de valeur</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="258"/>
            <source>Give a value for '{description}'</source>
            <translation>Donnez une valeur à '{description}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="265"/>
            <source>{value} is not one of its choices</source>
            <translation>{value} ne fait pas partie des choix possibles</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="266"/>
            <source>Use one of {options}</source>
            <translation>Utilisez l'une des valeurs {options}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="269"/>
            <source>{value} is not a number from {low:g} to {high:g}</source>
            <translation>{value} n'est pas un nombre compris entre {low:g} et {high:g}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="271"/>
            <source>Give a number of at least {low:g}</source>
            <translation>Indiquez un nombre supérieur ou égal à {low:g}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="272"/>
            <source>Give a number from {low:g} to {high:g}</source>
            <translation>Indiquez un nombre compris entre {low:g} et {high:g}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="274"/>
            <source>{value} is not an existing file</source>
            <translation>{value} n'est pas un fichier existant</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="274"/>
            <source>Choose a file</source>
            <translation>Choisissez un fichier</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="276"/>
            <source>{value} is not a valid value for '{description}'</source>
            <translation>{value} n'est pas une valeur valide pour '{description}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="278"/>
            <source>See the parameter's help ('qgis_process help ALGORITHM') for what it takes</source>
            <translation>Consultez l'aide du paramètre ('qgis_process help ALGORITHM') pour savoir ce qu'il accepte</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="297"/>
            <source>Deep learning</source>
            <translation>Apprentissage profond</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="418"/>
            <source>{value} does not load as a raster layer</source>
            <translation>{value} ne se charge pas comme couche raster</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="118"/>
            <source>Classify Pixels Using Deep Learning</source>
            <translation>Classer les pixels à l'aide de l'apprentissage profond</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="121"/>
            <source>deep learning,classification,segmentation,onnx,emd,dlpk,arcgis,inference,model,cloud mask</source>
            <translation>apprentissage profond,deep learning,classification,segmentation,onnx,emd,dlpk,arcgis,inférence,modèle,masque de nuages</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="125"/>
            <source>Runs a trained pixel classification (semantic segmentation) model over a raster and writes a classified raster, like ArcGIS Pro's 'Classify Pixels Using Deep Learning'. The model is an Esri model definition (.emd, or the EMD JSON text itself), a .dlpk package or an .onnx file with Deepness-style metadata; Pixelwise runs ONNX models with ONNX Runtime and never runs code from a model package.

Inputs: the raster (IN_RASTER, with the bands the model expects), the model (IN_MODEL_DEFINITION) and optionally model arguments, an extent, a cell size and mask polygons.

The raster is read in overlapping windows of the model's size; overlaps are blended, so the result has no seams. The output is a GeoTIFF with the input's CRS, grid and size (or those of EXTENT and CELL_SIZE). Pixels that are NoData in any model band, or outside the mask polygons, are NoData.

Outputs: the classified raster (OUT_CLASSIFIED_RASTER), a GeoTIFF with the class colours, names and a raster attribute table, loaded as a styled layer; optionally the confidence raster (OUT_CONFIDENCE_RASTER). A failed or cancelled run leaves the output file as it was.

Parameter names are the ArcGIS ones. The log names the ONNX Runtime execution provider that ran (CPU, CUDA, DirectML).

Example: IN_RASTER=scene.tif IN_MODEL_DEFINITION=model.emd ARGUMENTS=padding=64;batch_size=4 PROCESSOR_TYPE=AUTO OUT_CLASSIFIED_RASTER=classified.tif</source>
            <translation>Applique un modèle entraîné de classification de pixels (segmentation sémantique) à un raster et écrit un raster classé, comme l'outil « Classer les pixels à l'aide de l'apprentissage profond » (Classify Pixels Using Deep Learning) d'ArcGIS Pro. Le modèle est une définition de modèle Esri (.emd, ou le texte JSON de l'EMD lui-même), un paquet .dlpk ou un fichier .onnx avec des métadonnées au format Deepness ; Pixelwise exécute les modèles ONNX avec ONNX Runtime et n'exécute jamais de code provenant d'un paquet de modèle.

Entrées : le raster (IN_RASTER, avec les bandes attendues par le modèle), le modèle (IN_MODEL_DEFINITION) et, en option, des arguments du modèle, une emprise, une taille de cellule et des polygones de masque.

Le raster est lu par fenêtres qui se chevauchent, à la taille du modèle ; les chevauchements sont fusionnés, de sorte que le résultat ne présente pas de raccords. La sortie est un GeoTIFF avec le SCR, la grille et la taille de l'entrée (ou celles de EXTENT et CELL_SIZE). Les pixels NoData dans l'une des bandes du modèle, ou situés hors des polygones de masque, sont NoData.

Sorties : le raster classé (OUT_CLASSIFIED_RASTER), un GeoTIFF avec les couleurs et noms des classes et une table attributaire raster, chargé comme couche symbolisée ; en option, le raster de confiance (OUT_CONFIDENCE_RASTER). Une exécution échouée ou annulée laisse le fichier de sortie tel qu'il était.

Les noms des paramètres sont ceux d'ArcGIS. Le journal indique le fournisseur d'exécution ONNX Runtime utilisé (CPU, CUDA, DirectML).

Exemple : IN_RASTER=scene.tif IN_MODEL_DEFINITION=model.emd ARGUMENTS=padding=64;batch_size=4 PROCESSOR_TYPE=AUTO OUT_CLASSIFIED_RASTER=classified.tif</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="149"/>
            <location filename="../processing_provider/export_training_data.py" line="174"/>
            <source>Input raster</source>
            <translation>Raster en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="150"/>
            <source>The imagery to classify. It must have the bands the model expects (ExtractBands of the model definition, else the model's input channels). Any QGIS raster layer works, web services too (XYZ, WMS, WMTS, WCS, ArcGIS REST: red, green and blue bands; EXTENT is then required).</source>
            <translation>L’image à classifier. Elle doit avoir les bandes qu’attend le modèle (ExtractBands de la définition du modèle, sinon les canaux d’entrée du modèle). Toute couche raster QGIS convient, services web compris (XYZ, WMS, WMTS, WCS, ArcGIS REST : bandes rouge, verte et bleue ; EXTENT est alors requis).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="154"/>
            <location filename="../plugin/widgets/model_card.py" line="195"/>
            <source>Model definition</source>
            <translation>Définition du modèle</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="162"/>
            <source>An Esri model definition (.emd) whose ModelFile is an ONNX model, a deep learning package (.dlpk) holding one, or an .onnx model with Deepness metadata. The EMD JSON text itself is accepted too, as in ArcGIS.</source>
            <translation>Une définition de modèle Esri (.emd) dont le ModelFile est un modèle ONNX, un paquet d'apprentissage profond (.dlpk) qui en contient un, ou un modèle .onnx avec des métadonnées Deepness. Le texte JSON de l'EMD lui-même est aussi accepté, comme dans ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="166"/>
            <source>Output classified raster</source>
            <translation>Raster classé en sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="167"/>
            <source>The classified raster (GeoTIFF, .tif): one band of class values, with the model's class colours and names.</source>
            <translation>Le raster classé (GeoTIFF, .tif) : une bande de valeurs de classes, avec les couleurs et les noms des classes du modèle.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="170"/>
            <source>Arguments</source>
            <translation>Arguments</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="171"/>
            <source>Model arguments as name=value;name=value (ArcGIS's 'name value;name value' works too): padding (overlap margin of each window, pixels; default a quarter of the window), batch_size (windows per model call; default 4), tile_size (window size, only for models whose input size is open), predict_background (True/False: whether class 0 may win), test_time_augmentation (True/False: average over flips and rotations), merge_policy (mean, max or min: how augmented predictions merge).</source>
            <translation>Arguments du modèle sous la forme nom=valeur;nom=valeur (la forme d'ArcGIS 'nom valeur;nom valeur' fonctionne aussi) : padding (marge de chevauchement de chaque fenêtre, en pixels ; par défaut un quart de la fenêtre), batch_size (fenêtres par appel du modèle ; 4 par défaut), tile_size (taille de fenêtre, uniquement pour les modèles dont la taille d'entrée est libre), predict_background (True/False : si la classe 0 peut l'emporter), test_time_augmentation (True/False : moyenne sur les retournements et rotations), merge_policy (mean, max ou min : manière de fusionner les prédictions augmentées).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="178"/>
            <location filename="../processing_provider/train_pixel_classifier.py" line="133"/>
            <source>Processor type</source>
            <translation>Type de processeur</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="179"/>
            <source>Where the model runs (the ArcGIS 'processorType' environment): AUTO uses a GPU when ONNX Runtime has a working GPU provider (CUDA, ROCm, DirectML) and the CPU otherwise; GPU fails instead of falling back to the CPU; CPU uses the CPU only.</source>
            <translation>Où le modèle s'exécute (l'environnement 'processorType' d'ArcGIS) : AUTO utilise un GPU quand ONNX Runtime dispose d'un fournisseur GPU fonctionnel (CUDA, ROCm, DirectML), sinon le CPU ; GPU échoue au lieu de se rabattre sur le CPU ; CPU n'utilise que le CPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="183"/>
            <location filename="../processing_provider/export_training_data.py" line="258"/>
            <source>Extent</source>
            <translation>Emprise</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="184"/>
            <source>Area to classify (the ArcGIS 'extent' environment); the whole raster if not set. Required for a web layer, which has no extent of its own.</source>
            <translation>Zone à classifier (l’environnement ArcGIS « extent ») ; tout le raster si non défini. Requis pour une couche web, qui n’a pas d’emprise propre.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="187"/>
            <location filename="../processing_provider/export_training_data.py" line="262"/>
            <source>Cell size</source>
            <translation>Taille de cellule</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="189"/>
            <source>Cell size of the classified raster in the raster CRS's units, or OUT_SR's when set (the ArcGIS 'cellSize' environment); the input is resampled to it before the model runs. 0 keeps the raster's own cell size (or the snap raster's). For a tiled web layer it picks the zoom level (0: the finest the service offers); a WMS or ArcGIS layer needs it.</source>
            <translation>Taille de cellule du raster classé dans les unités du SCR du raster, ou de OUT_SR s'il est défini (l'environnement ArcGIS « cellSize ») ; l'entrée est rééchantillonnée à cette taille avant l'exécution du modèle. 0 conserve la taille de cellule du raster (ou celle du raster d'accrochage). Pour une couche web tuilée, elle choisit le niveau de zoom (0 : le plus fin que le service propose) ; une couche WMS ou ArcGIS en a besoin.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="194"/>
            <location filename="../processing_provider/export_training_data.py" line="254"/>
            <source>Input mask polygons</source>
            <translation>Polygones de masque en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="196"/>
            <source>Only pixels inside these polygons are classified; the rest are NoData (the ArcGIS 'mask' environment).</source>
            <translation>Seuls les pixels situés dans ces polygones sont classés ; les autres sont NoData (l'environnement 'mask' d'ArcGIS).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="199"/>
            <source>Output confidence raster</source>
            <translation>Raster de confiance en sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="201"/>
            <source>Optional GeoTIFF (.tif) of the winning class's probability (0–1, float32) for every pixel (Pixelwise addition).</source>
            <translation>GeoTIFF (.tif) facultatif de la probabilité de la classe gagnante (0–1, float32) pour chaque pixel (ajout de Pixelwise).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="74"/>
            <source>Compute Accuracy For Pixel Classification</source>
            <translation>Calculer la précision pour la classification des pixels</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="77"/>
            <source>accuracy,assessment,confusion matrix,error matrix,kappa,iou,f1,user's accuracy,producer's accuracy,validation,ground truth,classification,segmentation,arcgis</source>
            <translation>précision,exactitude,évaluation,matrice de confusion,matrice d'erreur,kappa,iou,f1,précision utilisateur,précision producteur,validation,vérité terrain,classification,segmentation,arcgis</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="81"/>
            <source>Compares a classified raster (e.g. the output of 'Classify Pixels Using Deep Learning') with ground truth and reports how accurate it is, like ArcGIS Pro's 'Compute Accuracy For Pixel Classification'.

Inputs: the classified raster (band 1 = class values) and the ground truth, either a class raster (resampled, nearest, onto the classified raster's grid when the grids differ) or polygons with a class field (reprojected and rasterised onto that grid). NoData on either side, a ground-truth value of 0 and pixels outside every polygon are not assessed. Every valid pixel is assessed, or NUM_RANDOM_POINTS random points drawn with RANDOM_SEED (reproducible).

Outputs: the confusion matrix as a table (one row per reference class: ClassValue, ClassName, one count column C_&lt;value&gt; per predicted class, Total, ProducersAccuracy, IoU, F1; then a Total row and a UsersAccuracy row whose ProducersAccuracy cell is the overall accuracy), the same table as CSV, an HTML report with the matrix as a heat map, and the numbers OVERALL_ACCURACY, KAPPA (Cohen's) and MEAN_IOU. The log lists every metric.

Example: IN_CLASSIFIED_RASTER=classified.tif IN_GROUND_TRUTH_DATA=landcover.gpkg CLASS_VALUE_FIELD=class NUM_RANDOM_POINTS=1000 SAMPLING_STRATEGY=STRATIFIED_RANDOM RANDOM_SEED=42 OUT_CSV=matrix.csv OUT_REPORT=accuracy.html</source>
            <translation>Compare un raster classé (p. ex. la sortie de « Classer les pixels à l'aide de l'apprentissage profond ») à la vérité terrain et indique sa précision, comme l'outil « Calculer la précision pour la classification des pixels » (Compute Accuracy For Pixel Classification) d'ArcGIS Pro.

Entrées : le raster classé (bande 1 = valeurs de classes) et la vérité terrain, soit un raster de classes (rééchantillonné, au plus proche voisin, sur la grille du raster classé quand les grilles diffèrent), soit des polygones avec un champ de classe (reprojetés et rastérisés sur cette grille). Les NoData de part et d'autre, une valeur de vérité terrain de 0 et les pixels hors de tout polygone ne sont pas évalués. Chaque pixel valide est évalué, ou NUM_RANDOM_POINTS points aléatoires tirés avec RANDOM_SEED (reproductible).

Sorties : la matrice de confusion sous forme de table (une ligne par classe de référence : ClassValue, ClassName, une colonne de comptage C_&lt;value&gt; par classe prédite, Total, ProducersAccuracy, IoU, F1 ; puis une ligne Total et une ligne UsersAccuracy dont la cellule ProducersAccuracy est la précision globale), la même table en CSV, un rapport HTML avec la matrice en carte de chaleur, et les nombres OVERALL_ACCURACY, KAPPA (de Cohen) et MEAN_IOU. Le journal liste toutes les métriques.

Exemple : IN_CLASSIFIED_RASTER=classified.tif IN_GROUND_TRUTH_DATA=landcover.gpkg CLASS_VALUE_FIELD=class NUM_RANDOM_POINTS=1000 SAMPLING_STRATEGY=STRATIFIED_RANDOM RANDOM_SEED=42 OUT_CSV=matrix.csv OUT_REPORT=accuracy.html</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="103"/>
            <source>Input classified raster</source>
            <translation>Raster classé en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="104"/>
            <source>The raster to assess: band 1 holds whole-number class values; its NoData pixels are not assessed. Class names come from its attribute table or category names (.aux.xml, as Classify Pixels writes them).</source>
            <translation>Le raster à évaluer : la bande 1 contient des valeurs de classes entières ; ses pixels NoData ne sont pas évalués. Les noms des classes proviennent de sa table attributaire ou de ses noms de catégories (.aux.xml, tels que Classer les pixels les écrit).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="108"/>
            <source>Ground truth data</source>
            <translation>Données de vérité terrain</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="110"/>
            <source>The reference: a class raster (values = classes; 0 and NoData = no reference), or polygons with a class field (pixels whose centre lies in no polygon have no reference; later features win where polygons overlap). Rasters on another grid are resampled (nearest), polygons in another CRS reprojected, onto the classified raster's grid.</source>
            <translation>La référence : un raster de classes (valeurs = classes ; 0 et NoData = pas de référence), ou des polygones avec un champ de classe (les pixels dont le centre n'est dans aucun polygone n'ont pas de référence ; là où des polygones se chevauchent, les entités suivantes l'emportent). Les rasters sur une autre grille sont rééchantillonnés (au plus proche voisin), les polygones dans un autre SCR reprojetés, sur la grille du raster classé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="117"/>
            <location filename="../processing_provider/export_training_data.py" line="243"/>
            <source>Class value field</source>
            <translation>Champ de valeur de classe</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="118"/>
            <source>Field of the ground-truth polygons holding the reference class (not used for a raster). A numeric field gives class values, matched to the classified raster's values (0 and NULL = no reference). A text field gives class names, matched to the classified raster's class names exactly, else ignoring case and surrounding spaces, else a text that is a whole number is that value; names that match nothing become extra reference classes (logged), and if no name matches the run stops. If empty, a field named 'value' or 'classvalue' is used.</source>
            <translation>Champ des polygones de vérité terrain contenant la classe de référence (inutilisé pour un raster). Un champ numérique donne des valeurs de classes, mises en correspondance avec les valeurs du raster classé (0 et NULL = pas de référence). Un champ texte donne des noms de classes, mis en correspondance avec les noms de classes du raster classé à l'identique, sinon sans tenir compte de la casse ni des espaces autour, sinon un texte qui est un nombre entier vaut cette valeur ; les noms sans correspondance deviennent des classes de référence supplémentaires (consignées dans le journal), et si aucun nom ne correspond, l'exécution s'arrête. Si vide, un champ nommé 'value' ou 'classvalue' est utilisé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="126"/>
            <source>Number of random points</source>
            <translation>Nombre de points aléatoires</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="127"/>
            <source>0 assesses every valid pixel. More than 0: the number of random points (pixels) assessed, drawn as SAMPLING_STRATEGY says; with fewer valid pixels than that, all are taken.</source>
            <translation>0 évalue chaque pixel valide. Plus de 0 : le nombre de points aléatoires (pixels) évalués, tirés comme l'indique SAMPLING_STRATEGY ; s'il y a moins de pixels valides, tous sont pris.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="130"/>
            <source>Sampling strategy</source>
            <translation>Stratégie d'échantillonnage</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="131"/>
            <source>How random points are drawn (ArcGIS's 'Create Accuracy Assessment Points' keywords); points are distinct pixels drawn uniformly within each stratum:
	STRATIFIED_RANDOM: per reference class, in proportion to its area (largest-remainder rounding, so the points add up to NUM_RANDOM_POINTS; a tiny class may get none).
	EQUALIZED_STRATIFIED_RANDOM: the same number per reference class; a class with fewer pixels gives all of them and the rest go to the other classes.
	RANDOM: anywhere among the valid pixels.</source>
            <translation>Manière de tirer les points aléatoires (mots-clés de l'outil « Create Accuracy Assessment Points » d'ArcGIS) ; les points sont des pixels distincts tirés uniformément dans chaque strate :
	STRATIFIED_RANDOM : par classe de référence, proportionnellement à sa surface (arrondi au plus fort reste, de sorte que les points totalisent NUM_RANDOM_POINTS ; une très petite classe peut n'en recevoir aucun).
	EQUALIZED_STRATIFIED_RANDOM : le même nombre par classe de référence ; une classe ayant moins de pixels les donne tous et le reste va aux autres classes.
	RANDOM : n'importe où parmi les pixels valides.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="139"/>
            <location filename="../processing_provider/train_pixel_classifier.py" line="129"/>
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="140"/>
            <source>Seed of the random points (0 or more): the same seed, inputs and numpy version draw the same points.</source>
            <translation>Graine des points aléatoires (0 ou plus) : la même graine, les mêmes entrées et la même version de numpy tirent les mêmes points.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="145"/>
            <source>Confusion matrix</source>
            <translation>Matrice de confusion</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="149"/>
            <source>The confusion matrix as a table without geometry: one row per reference class (ClassValue, ClassName, C_&lt;value&gt; = pixels predicted as that class, Total, ProducersAccuracy, IoU, F1), a Total row and a UsersAccuracy row (its ProducersAccuracy cell is the overall accuracy).</source>
            <translation>La matrice de confusion sous forme de table sans géométrie : une ligne par classe de référence (ClassValue, ClassName, C_&lt;value&gt; = pixels prédits dans cette classe, Total, ProducersAccuracy, IoU, F1), une ligne Total et une ligne UsersAccuracy (sa cellule ProducersAccuracy est la précision globale).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="153"/>
            <source>Confusion matrix CSV</source>
            <translation>Matrice de confusion CSV</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="154"/>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="157"/>
            <source>The same table as a CSV file (UTF-8, comma-separated, full-precision numbers).</source>
            <translation>La même table sous forme de fichier CSV (UTF-8, séparé par des virgules, nombres en pleine précision).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="159"/>
            <source>Accuracy report</source>
            <translation>Rapport de précision</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="160"/>
            <source>HTML files (*.html)</source>
            <translation>Fichiers HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="163"/>
            <source>An HTML report: inputs, sampling, overall accuracy, kappa, mean IoU, the confusion matrix as a heat map (cell colour = share of the reference class) and the per-class metrics.</source>
            <translation>Un rapport HTML : entrées, échantillonnage, précision globale, kappa, IoU moyen, la matrice de confusion en carte de chaleur (couleur de cellule = part de la classe de référence) et les métriques par classe.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="165"/>
            <source>Overall accuracy</source>
            <translation>Précision globale</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="166"/>
            <source>Cohen's kappa</source>
            <translation>Kappa de Cohen</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="167"/>
            <source>Mean IoU</source>
            <translation>IoU moyen</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="67"/>
            <source>CPU build (onnxruntime)</source>
            <translation>Version CPU (onnxruntime)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="70"/>
            <source>NVIDIA GPU build (onnxruntime-gpu; also runs on the CPU)</source>
            <translation>Version GPU NVIDIA (onnxruntime-gpu ; fonctionne aussi sur le CPU)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="75"/>
            <source>PyTorch for macOS (CPU and Apple GPU)</source>
            <translation>PyTorch pour macOS (CPU et GPU Apple)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="77"/>
            <source>NVIDIA GPU build (CUDA)</source>
            <translation>Version GPU NVIDIA (CUDA)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="79"/>
            <source>CPU build</source>
            <translation>Version CPU</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="80"/>
            <source>NVIDIA GPU build (CUDA, from PyPI)</source>
            <translation>Version GPU NVIDIA (CUDA, depuis PyPI)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="81"/>
            <source>CPU build (PyTorch's CPU index)</source>
            <translation>Version CPU (index CPU de PyTorch)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="83"/>
            <source>onnx</source>
            <translation>onnx</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="85"/>
            <source>Dask (dask and distributed), for DASK_SCHEDULER</source>
            <translation>Dask (dask et distributed), pour DASK_SCHEDULER</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="171"/>
            <source>In QGIS Desktop, Raster ▸ Pixelwise ▸ Install Python packages… installs them into Pixelwise's own folder when you agree; or install them with '{command}'</source>
            <translation>Dans QGIS Desktop, Raster ▸ Pixelwise ▸ Installer les paquets Python… les installe dans le dossier propre à Pixelwise si vous l'acceptez ; ou installez-les avec '{command}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="175"/>
            <source>Install them with '{command}'</source>
            <translation>Installez-les avec '{command}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="177"/>
            <source> (Debian/Ubuntu: 'sudo apt install {apt}')</source>
            <translation> (Debian/Ubuntu : 'sudo apt install {apt}')</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="180"/>
            <source> ('{alternative}' instead of '{pip}' for an NVIDIA GPU)</source>
            <translation> ('{alternative}' au lieu de '{pip}' pour un GPU NVIDIA)</translation>
        </message>
        <message>
            <location filename="../processing_provider/dependencies.py" line="182"/>
            <source>Pixelwise needs the Python packages {missing}, which QGIS's Python cannot import. {hint} and restart QGIS.</source>
            <translation>Pixelwise a besoin des paquets Python {missing}, que le Python de QGIS ne peut pas importer. {hint}, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="142"/>
            <source>Export Training Data For Deep Learning</source>
            <translation>Exporter les données d'entraînement pour l'apprentissage profond</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="145"/>
            <source>deep learning,training data,chips,tiles,labels,arcgis,pascal voc,kitti,segmentation,coco,yolo,mask r-cnn,imagenet,cyclegan,panoptic</source>
            <translation>apprentissage profond,deep learning,données d'entraînement,imagettes,tuiles,étiquettes,arcgis,pascal voc,kitti,segmentation,coco,yolo,mask r-cnn,imagenet,cyclegan,panoptique</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="149"/>
            <source>Cuts a raster into image chips and writes a label for each chip from polygons, points or a class raster, in the folder layout ArcGIS Pro's 'Export Training Data For Deep Learning' writes (images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json, esri_model_definition.emd), so training code written for ArcGIS reads it unchanged.

Inputs: one or more rasters (IN_RASTER) and, for every format but Export_Tiles and CycleGAN, the labels (IN_CLASS_DATA): polygons, points (buffered by BUFFER_RADIUS) or a class raster. Labels in another CRS are reprojected to the raster's CRS. Parameter names and keywords are the ArcGIS ones (METADATA_FORMAT=Classified_Tiles).

Every ArcGIS metadata format is written (boxes, class tiles, instance masks, labelled and multi-labelled tiles, Imagenet, CycleGAN, panoptic segmentation, image-only tiles), plus COCO and YOLO. Several input rasters are mosaicked or cut one by one (PROCESSING_MODE); a second raster adds images2/ (IN_RASTER2); ROTATION_ANGLE adds rotated copies of every chip; REFERENCE_SYSTEM=PIXEL_SPACE cuts chips in image space, also from rasters without georeference.

Outputs: the folder (OUT_FOLDER), which must be new, empty or an earlier Pixelwise export of the same kind (the new chips are appended); a failed or cancelled run leaves it as it was. CHIP_COUNT, the number of chips written, and the chip index (OUT_CHIP_INDEX), one polygon per written chip.

Example: IN_RASTER=scene.tif IN_CLASS_DATA=landcover.gpkg CLASS_VALUE_FIELD=class METADATA_FORMAT=Classified_Tiles TILE_SIZE_X=256 TILE_SIZE_Y=256 STRIDE_X=128 STRIDE_Y=128 OUT_FOLDER=training_data</source>
            <translation>Découpe un raster en imagettes et écrit une étiquette pour chaque imagette à partir de polygones, de points ou d'un raster de classes, selon l'organisation de dossiers qu'écrit l'outil « Exporter les données d'entraînement pour l'apprentissage profond » (Export Training Data For Deep Learning) d'ArcGIS Pro (images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json, esri_model_definition.emd), de sorte que le code d'entraînement écrit pour ArcGIS le lit sans modification.

Entrées : un ou plusieurs rasters (IN_RASTER) et, pour tous les formats sauf Export_Tiles et CycleGAN, les étiquettes (IN_CLASS_DATA) : polygones, points (avec un tampon de BUFFER_RADIUS) ou raster de classes. Les étiquettes dans un autre SCR sont reprojetées dans le SCR du raster. Les noms des paramètres et les mots-clés sont ceux d'ArcGIS (METADATA_FORMAT=Classified_Tiles).

Tous les formats de métadonnées d'ArcGIS sont écrits (rectangles, tuiles de classes, masques d'instances, tuiles étiquetées et multi-étiquetées, Imagenet, CycleGAN, segmentation panoptique, tuiles d'images seules), plus COCO et YOLO. Plusieurs rasters en entrée sont mosaïqués ou découpés un par un (PROCESSING_MODE) ; un second raster ajoute images2/ (IN_RASTER2) ; ROTATION_ANGLE ajoute des copies pivotées de chaque imagette ; REFERENCE_SYSTEM=PIXEL_SPACE découpe les imagettes dans l'espace image, y compris à partir de rasters sans géoréférencement.

Sorties : le dossier (OUT_FOLDER), qui doit être nouveau, vide ou un export Pixelwise antérieur du même type (les nouvelles imagettes y sont ajoutées) ; une exécution échouée ou annulée le laisse tel qu'il était. CHIP_COUNT, le nombre d'imagettes écrites, et l'index des imagettes (OUT_CHIP_INDEX), un polygone par imagette écrite.

Exemple : IN_RASTER=scene.tif IN_CLASS_DATA=landcover.gpkg CLASS_VALUE_FIELD=class METADATA_FORMAT=Classified_Tiles TILE_SIZE_X=256 TILE_SIZE_Y=256 STRIDE_X=128 STRIDE_Y=128 OUT_FOLDER=training_data</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="179"/>
            <source>The imagery to cut into chips: one raster, or several (PROCESSING_MODE says whether they are mosaicked or cut one by one). Chips keep the raster's data type and all its bands. Any QGIS raster layer works, web services too (XYZ, WMS, WMTS, WCS, ArcGIS REST: red, green and blue bands; EXTENT is then required).</source>
            <translation>L’image à découper en vignettes : un raster ou plusieurs (PROCESSING_MODE indique s’ils sont mosaïqués ou découpés un par un). Les vignettes gardent le type de données et toutes les bandes du raster. Toute couche raster QGIS convient, services web compris (XYZ, WMS, WMTS, WCS, ArcGIS REST : bandes rouge, verte et bleue ; EXTENT est alors requis).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="184"/>
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="185"/>
            <source>Folder that receives images/, labels/ and the metadata files. It must not exist, be empty, or hold an earlier Pixelwise export.</source>
            <translation>Dossier qui reçoit images/, labels/ et les fichiers de métadonnées. Il ne doit pas exister, ou être vide, ou contenir un export Pixelwise antérieur.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="189"/>
            <source>Input feature class or classified raster</source>
            <translation>Classe d'entités ou raster classé en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="192"/>
            <source>Labels: polygons, points (with a buffer radius) or a single-band class raster whose values are the classes (0 = no class). Leave empty with Export_Tiles.</source>
            <translation>Étiquettes : polygones, points (avec un rayon de tampon) ou raster de classes à une bande dont les valeurs sont les classes (0 = aucune classe). Laisser vide avec Export_Tiles.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="195"/>
            <source>Image format</source>
            <translation>Format d'image</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="196"/>
            <source>File format of the image chips. PNG and JPEG take at most 3 bands; JPEG takes 8-bit data only.</source>
            <translation>Format de fichier des imagettes. PNG et JPEG acceptent au plus 3 bandes ; JPEG n'accepte que des données 8 bits.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="200"/>
            <source>Tile size X</source>
            <translation>Taille de tuile X</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="200"/>
            <source>Chip width in pixels.</source>
            <translation>Largeur de l'imagette en pixels.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="203"/>
            <source>Tile size Y</source>
            <translation>Taille de tuile Y</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="203"/>
            <source>Chip height in pixels.</source>
            <translation>Hauteur de l'imagette en pixels.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="206"/>
            <source>Stride X</source>
            <translation>Pas X</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="207"/>
            <source>Horizontal distance between chip origins in pixels; equal to the tile size for no overlap.</source>
            <translation>Distance horizontale entre les origines des imagettes, en pixels ; égale à la taille de tuile pour aucun chevauchement.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="210"/>
            <source>Stride Y</source>
            <translation>Pas Y</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="211"/>
            <source>Vertical distance between chip origins in pixels; equal to the tile size for no overlap.</source>
            <translation>Distance verticale entre les origines des imagettes, en pixels ; égale à la taille de tuile pour aucun chevauchement.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="214"/>
            <source>Output no feature tiles</source>
            <translation>Produire les tuiles sans entité</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="216"/>
            <source>ALL_TILES writes every chip; ONLY_TILES_WITH_FEATURES skips chips without any label.</source>
            <translation>ALL_TILES écrit chaque imagette ; ONLY_TILES_WITH_FEATURES ignore les imagettes sans aucune étiquette.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="218"/>
            <source>Metadata format</source>
            <translation>Format des métadonnées</translation>
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
            <translation>Format des étiquettes (ce qui est écrit pour chaque imagette) :
	KITTI_rectangles : rectangles dans un fichier texte KITTI (détection d'objets).
	PASCAL_VOC_rectangles : rectangles dans un fichier XML PASCAL VOC (détection d'objets).
	Classified_Tiles : un raster de classes (classification de pixels).
	RCNN_Masks : un masque d'instances par classe présente, dans labels/&lt;class name&gt;/ (segmentation d'instances).
	Labeled_Tiles : une imagette par entité, sa classe dans un fichier XML PASCAL VOC (classification d'objets).
	MultiLabeled_Tiles : les noms de toutes les classes de l'imagette dans un fichier XML PASCAL VOC (classification multi-étiquette).
	Export_Tiles : images seules (super-résolution, Pix2Pix).
	CycleGAN : images seules, un domaine d'un jeu d'entraînement CycleGAN.
	Imagenet : une imagette par entité, rangée dans images/&lt;class name&gt;/ (classification d'objets).
	Panoptic_Segmentation : un raster de classes issu des données de classes en entrée, plus des masques d'instances issus de IN_INSTANCE_DATA.
	COCO : un fichier annotations.json avec les polygones et rectangles de toutes les imagettes (ajout de Pixelwise).
	YOLO : rectangles normalisés dans un fichier texte YOLO par imagette, plus data.yaml (ajout de Pixelwise).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="239"/>
            <source>Start index</source>
            <translation>Indice de départ</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="240"/>
            <source>Number of the first chip (deprecated in ArcGIS Pro; an earlier Pixelwise export in the output folder is continued from its next free index).</source>
            <translation>Numéro de la première imagette (obsolète dans ArcGIS Pro ; un export Pixelwise antérieur dans le dossier de sortie est poursuivi à partir de son prochain indice libre).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="245"/>
            <source>Field of the input features holding the class. Whole numbers are used as class values (0 = no class); text values become classes 1…n named by the text. If empty, a field named 'value' or 'classvalue' is used, else all features are one class.</source>
            <translation>Champ des entités en entrée contenant la classe. Les nombres entiers servent de valeurs de classes (0 = aucune classe) ; les valeurs texte deviennent les classes 1…n nommées d'après le texte. Si vide, un champ nommé 'value' ou 'classvalue' est utilisé, sinon toutes les entités forment une seule classe.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="249"/>
            <source>Buffer radius</source>
            <translation>Rayon du tampon</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="251"/>
            <source>Buffer drawn around each input feature (and each IN_INSTANCE_DATA feature), in the units of the features' CRS. Points need a radius greater than 0 (they become circles).</source>
            <translation>Tampon tracé autour de chaque entité en entrée (et de chaque entité de IN_INSTANCE_DATA), dans les unités du SCR des entités. Les points exigent un rayon supérieur à 0 (ils deviennent des cercles).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="256"/>
            <source>Only chips that lie completely inside these polygons are written.</source>
            <translation>Seules les imagettes entièrement situées dans ces polygones sont écrites.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="259"/>
            <source>Area to export (the ArcGIS 'extent' environment); the whole raster if not set. Required for a web layer, which has no extent of its own.</source>
            <translation>Zone à exporter (l’environnement ArcGIS « extent ») ; tout le raster si non défini. Requis pour une couche web, qui n’a pas d’emprise propre.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="264"/>
            <source>Output cell size in the units of the (first) input raster's CRS, or OUT_SR's when set (the ArcGIS 'cellSize' environment); 0 keeps the raster's own cell size (or the snap raster's). For a tiled web layer it picks the zoom level (0: the finest the service offers); a WMS or ArcGIS layer needs it.</source>
            <translation>Taille de cellule en sortie dans les unités du SCR du (premier) raster en entrée, ou de OUT_SR s'il est défini (l'environnement ArcGIS « cellSize ») ; 0 conserve la taille de cellule du raster (ou celle du raster d'accrochage). Pour une couche web tuilée, elle choisit le niveau de zoom (0 : le plus fin que le service propose) ; une couche WMS ou ArcGIS en a besoin.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="269"/>
            <source>PNG compression level</source>
            <translation>Niveau de compression PNG</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="270"/>
            <source>zlib level of PNG image chips, 1 (fastest) to 9 (smallest); label PNGs are written at 1. Measured on aerial RGB chips, level 6 (GDAL's default) encodes 2.5 times slower than 1 for files 2 % smaller, so 1 is the default. (Pixelwise addition.)</source>
            <translation>Niveau zlib des imagettes PNG, de 1 (le plus rapide) à 9 (le plus compact) ; les PNG d'étiquettes sont écrits au niveau 1. Mesuré sur des imagettes aériennes RVB, le niveau 6 (celui de GDAL par défaut) encode 2,5 fois plus lentement que 1 pour des fichiers 2 % plus petits : 1 est donc la valeur par défaut. (Ajout de Pixelwise.)</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="274"/>
            <source>Edge chips</source>
            <translation>Imagettes de bord</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="275"/>
            <source>What happens to grid cells that run past the right or bottom edge of the raster: SHIFT_INWARD moves the last chip back so it ends at the edge, PAD fills the missing pixels with NoData, DROP leaves the cell out. (Pixelwise addition; ArcGIS does not document its behaviour.)</source>
            <translation>Ce qu'il advient des cellules de la grille qui dépassent le bord droit ou inférieur du raster : SHIFT_INWARD recule la dernière imagette pour qu'elle se termine au bord, PAD remplit les pixels manquants avec NoData, DROP omet la cellule. (Ajout de Pixelwise ; ArcGIS ne documente pas son comportement.)</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="280"/>
            <source>Rotation angle</source>
            <translation>Angle de rotation</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="281"/>
            <source>Augmentation, in degrees: with an angle a greater than 0 every chip is also written rotated counter-clockwise about its centre by a, 2a, … (less than 360°), ceil(360 / a) copies in all; rotated chips are resampled from the raster around them and their labels recomputed. 0 writes no rotated chips.</source>
            <translation>Augmentation, en degrés : avec un angle a supérieur à 0, chaque imagette est aussi écrite pivotée dans le sens antihoraire autour de son centre de a, 2a, … (moins de 360°), soit ceil(360 / a) copies au total ; les imagettes pivotées sont rééchantillonnées à partir du raster qui les entoure et leurs étiquettes recalculées. 0 n'écrit aucune imagette pivotée.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="287"/>
            <source>Reference system</source>
            <translation>Système de référence</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="288"/>
            <source>MAP_SPACE cuts georeferenced chips (the raster needs a CRS); PIXEL_SPACE cuts chips in image rows and columns and writes them without CRS or world file, also from a raster without georeference. Use the space the model will be run in.</source>
            <translation>MAP_SPACE découpe des imagettes géoréférencées (le raster doit avoir un SCR) ; PIXEL_SPACE découpe les imagettes en lignes et colonnes d'image et les écrit sans SCR ni fichier de géoréférencement (world file), y compris à partir d'un raster non géoréférencé. Utilisez l'espace dans lequel le modèle sera exécuté.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="292"/>
            <source>Processing mode</source>
            <translation>Mode de traitement</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="293"/>
            <source>With several input rasters: PROCESS_AS_MOSAICKED_IMAGE mosaics them into one image first (same CRS, band count and data type; later rasters on top); PROCESS_ITEMS_SEPARATELY cuts each raster on its own grid, chip numbers continuing from one raster to the next.</source>
            <translation>Avec plusieurs rasters en entrée : PROCESS_AS_MOSAICKED_IMAGE les mosaïque d'abord en une seule image (même SCR, même nombre de bandes et même type de données ; les rasters suivants par-dessus) ; PROCESS_ITEMS_SEPARATELY découpe chaque raster sur sa propre grille, la numérotation des imagettes se poursuivant d'un raster au suivant.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="297"/>
            <source>Blacken around feature</source>
            <translation>Noircir autour de l'entité</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="298"/>
            <source>For the one-feature chips of Labeled_Tiles and Imagenet: BLACKEN_AROUND_FEATURE sets every pixel whose centre lies outside the feature to 0; NO_BLACKEN keeps the imagery around it.</source>
            <translation>Pour les imagettes à une entité de Labeled_Tiles et Imagenet : BLACKEN_AROUND_FEATURE met à 0 chaque pixel dont le centre est hors de l'entité ; NO_BLACKEN conserve l'imagerie autour.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="301"/>
            <source>Crop mode</source>
            <translation>Mode de rognage</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="302"/>
            <source>For Labeled_Tiles and Imagenet (one chip per feature): FIXED_SIZE writes a tile-size chip centred on the feature; BOUNDING_BOX crops the chip to the feature's bounding box, so chip sizes vary.</source>
            <translation>Pour Labeled_Tiles et Imagenet (une imagette par entité) : FIXED_SIZE écrit une imagette de la taille de tuile centrée sur l'entité ; BOUNDING_BOX rogne l'imagette au rectangle englobant de l'entité, les tailles d'imagettes varient donc.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="306"/>
            <source>Additional input raster</source>
            <translation>Raster supplémentaire en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="307"/>
            <source>A second raster cut on the same chips (resampled onto the input raster's grid) and written to images2/, for image translation or change detection. Only with Export_Tiles, Classified_Tiles and CycleGAN; arcgis.learn reads Classified_Tiles with images2/ as change detection.</source>
            <translation>Un second raster découpé selon les mêmes imagettes (rééchantillonné sur la grille du raster en entrée) et écrit dans images2/, pour la traduction d'images ou la détection de changements. Uniquement avec Export_Tiles, Classified_Tiles et CycleGAN ; arcgis.learn lit Classified_Tiles avec images2/ comme détection de changements.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="313"/>
            <source>Input instance data</source>
            <translation>Données d'instances en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="315"/>
            <source>Instance labels for Panoptic_Segmentation: polygons, or points with a buffer radius; each feature is one instance in the masks of labels2/&lt;class name&gt;/.</source>
            <translation>Étiquettes d'instances pour Panoptic_Segmentation : polygones, ou points avec un rayon de tampon ; chaque entité est une instance dans les masques de labels2/&lt;class name&gt;/.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="318"/>
            <source>Instance class value field</source>
            <translation>Champ de valeur de classe des instances</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="320"/>
            <source>Field of the instance features holding the class, read like the class value field. If empty, a field named 'value' or 'classvalue' is used, else all features are one class.</source>
            <translation>Champ des entités d'instances contenant la classe, lu comme le champ de valeur de classe. Si vide, un champ nommé 'value' ou 'classvalue' est utilisé, sinon toutes les entités forment une seule classe.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="323"/>
            <source>Minimum polygon overlap ratio</source>
            <translation>Rapport minimal de recouvrement des polygones</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="324"/>
            <source>A feature is put in a chip's label only when at least this fraction (0 to 1) of its area lies inside the chip; 0 keeps every feature that touches the chip. Polygon and point labels only.</source>
            <translation>Une entité n'entre dans l'étiquette d'une imagette que si au moins cette fraction (0 à 1) de sa surface se trouve dans l'imagette ; 0 conserve toute entité qui touche l'imagette. Étiquettes de polygones et de points uniquement.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="331"/>
            <source>Chip index</source>
            <translation>Index des imagettes</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="335"/>
            <source>One polygon per written chip (chip_name, image_path, feature_count), in the chips' CRS (the raster's, or OUT_SR's).</source>
            <translation>Un polygone par imagette écrite (chip_name, image_path, feature_count), dans le SCR des imagettes (celui du raster, ou de OUT_SR).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="341"/>
            <source>Number of chips</source>
            <translation>Nombre d'imagettes</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="59"/>
            <source>Train Pixel Classifier</source>
            <translation>Entraîner un classificateur de pixels</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="62"/>
            <source>deep learning,training,train,unet,u-net,segmentation,pixel classification,pytorch,onnx,emd,dlpk,arcgis</source>
            <translation>apprentissage profond,deep learning,entraînement,entraîner,unet,u-net,segmentation,classification de pixels,pytorch,onnx,emd,dlpk,arcgis</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="66"/>
            <source>Trains a pixel classification (semantic segmentation) model on a Classified_Tiles export — written by Export Training Data For Deep Learning or by ArcGIS Pro — like ArcGIS Pro's 'Train Deep Learning Model' with a U-Net. It needs PyTorch (CPU is enough; an NVIDIA GPU is used when PyTorch has CUDA).

Inputs: the training-data folder (IN_FOLDER) and the training settings: epochs, batch size, learning rate, validation share, early stopping, augmentation, seed, processor and network size.

The chips are normalised with the export's band statistics; a share of them is held out to measure the model after every epoch (validation loss and mean IoU, in the log). The model of the epoch with the best validation IoU is kept. Training stops after the maximum number of epochs, earlier when the IoU stops improving (STOP_TRAINING), or when you cancel: the best model so far is then written.

Outputs: the folder (OUT_FOLDER) receives model.onnx, model.emd, model.dlpk (both in one package), training_log.csv/.json and training_report.png (loss and IoU curves); the results name the .emd, the .dlpk, the report, the best validation IoU and the number of epochs run. The .emd or .dlpk runs unchanged in Classify Pixels Using Deep Learning; label value 0 (NoData) is never predicted. A failed run, or one cancelled before the first epoch ends, leaves the folder as it was.

Example: IN_FOLDER=training_data OUT_FOLDER=model MAX_EPOCHS=20 BATCH_SIZE=8 STOP_TRAINING=STOP_TRAINING PROCESSOR_TYPE=AUTO</source>
            <translation>Entraîne un modèle de classification de pixels (segmentation sémantique) sur un export Classified_Tiles — écrit par Exporter les données d'entraînement pour l'apprentissage profond ou par ArcGIS Pro — comme l'outil « Entraîner le modèle d'apprentissage profond » (Train Deep Learning Model) d'ArcGIS Pro avec un U-Net. Il nécessite PyTorch (le CPU suffit ; un GPU NVIDIA est utilisé quand PyTorch dispose de CUDA).

Entrées : le dossier de données d'entraînement (IN_FOLDER) et les réglages d'entraînement : époques, taille de lot, taux d'apprentissage, part de validation, arrêt anticipé, augmentation, graine, processeur et taille du réseau.

Les imagettes sont normalisées avec les statistiques de bandes de l'export ; une partie d'entre elles est mise de côté pour mesurer le modèle après chaque époque (perte de validation et IoU moyen, dans le journal). Le modèle de l'époque ayant le meilleur IoU de validation est conservé. L'entraînement s'arrête après le nombre maximal d'époques, plus tôt quand l'IoU cesse de s'améliorer (STOP_TRAINING), ou quand vous annulez : le meilleur modèle obtenu jusque-là est alors écrit.

Sorties : le dossier (OUT_FOLDER) reçoit model.onnx, model.emd, model.dlpk (les deux dans un seul paquet), training_log.csv/.json et training_report.png (courbes de perte et d'IoU) ; les résultats indiquent le .emd, le .dlpk, le rapport, le meilleur IoU de validation et le nombre d'époques exécutées. Le .emd ou le .dlpk s'exécute tel quel dans Classer les pixels à l'aide de l'apprentissage profond ; la valeur d'étiquette 0 (NoData) n'est jamais prédite. Une exécution échouée, ou annulée avant la fin de la première époque, laisse le dossier tel qu'il était.

Exemple : IN_FOLDER=training_data OUT_FOLDER=model MAX_EPOCHS=20 BATCH_SIZE=8 STOP_TRAINING=STOP_TRAINING PROCESSOR_TYPE=AUTO</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="91"/>
            <source>Input training data</source>
            <translation>Données d'entraînement en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="93"/>
            <source>Folder of a Classified_Tiles export (map.txt, images/, labels/, esri_model_definition.emd, esri_accumulated_stats.json), from Pixelwise or ArcGIS Pro. Its classes (values, names, colours) become the model's classes; label pixels of value 0 are unlabelled.</source>
            <translation>Dossier d'un export Classified_Tiles (map.txt, images/, labels/, esri_model_definition.emd, esri_accumulated_stats.json), issu de Pixelwise ou d'ArcGIS Pro. Ses classes (valeurs, noms, couleurs) deviennent les classes du modèle ; les pixels d'étiquette de valeur 0 sont non étiquetés.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="97"/>
            <source>Output model</source>
            <translation>Modèle en sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="98"/>
            <source>Folder that receives the trained model. It must be new, empty, or the folder of an earlier Train Pixel Classifier run, whose files are replaced.</source>
            <translation>Dossier qui reçoit le modèle entraîné. Il doit être nouveau, vide, ou le dossier d'une exécution antérieure d'Entraîner un classificateur de pixels, dont les fichiers sont remplacés.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="101"/>
            <source>Max epochs</source>
            <translation>Nombre maximal d'époques</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="102"/>
            <source>Most passes over the training chips (ArcGIS max_epochs). Training may stop earlier, see STOP_TRAINING.</source>
            <translation>Nombre maximal de passes sur les imagettes d'entraînement (max_epochs d'ArcGIS). L'entraînement peut s'arrêter plus tôt, voir STOP_TRAINING.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="105"/>
            <source>Batch size</source>
            <translation>Taille de lot</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="106"/>
            <source>Chips per training step. Larger batches need more memory (GPU memory on a GPU).</source>
            <translation>Imagettes par étape d'entraînement. Des lots plus grands demandent plus de mémoire (mémoire GPU sur un GPU).</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="108"/>
            <source>Learning rate</source>
            <translation>Taux d'apprentissage</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="109"/>
            <source>Step size of the Adam optimiser (ArcGIS learning_rate). 0.001 suits the small U-Net; 0 leaves the initial weights unchanged.</source>
            <translation>Pas de l'optimiseur Adam (learning_rate d'ArcGIS). 0.001 convient au petit U-Net ; 0 laisse les poids initiaux inchangés.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="112"/>
            <source>Validation %</source>
            <translation>Validation %</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="113"/>
            <source>Percentage of the chips held out to measure the model after every epoch (ArcGIS validation_percentage): at least one chip, drawn with RANDOM_SEED.</source>
            <translation>Pourcentage des imagettes mises de côté pour mesurer le modèle après chaque époque (validation_percentage d'ArcGIS) : au moins une imagette, tirée avec RANDOM_SEED.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="117"/>
            <source>Stop when model stops improving</source>
            <translation>Arrêter quand le modèle cesse de s'améliorer</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="118"/>
            <source>STOP_TRAINING: stop once the validation IoU has not improved for PATIENCE epochs (ArcGIS stop_training). CONTINUE_TRAINING: train all MAX_EPOCHS epochs. Either way the best epoch's model is written.</source>
            <translation>STOP_TRAINING : s'arrêter dès que l'IoU de validation ne s'est pas amélioré pendant PATIENCE époques (stop_training d'ArcGIS). CONTINUE_TRAINING : entraîner pendant les MAX_EPOCHS époques. Dans les deux cas, le modèle de la meilleure époque est écrit.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="122"/>
            <source>Patience (epochs)</source>
            <translation>Patience (époques)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="123"/>
            <source>Epochs without a better validation IoU before training stops (with STOP_TRAINING).</source>
            <translation>Époques sans meilleur IoU de validation avant l'arrêt de l'entraînement (avec STOP_TRAINING).</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="125"/>
            <source>Augment chips with flips and rotations</source>
            <translation>Augmenter les imagettes par retournements et rotations</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="126"/>
            <source>Show each training chip randomly flipped and rotated by multiples of 90° (image and label alike): all eight variants for MAP_SPACE exports, left-right flips for PIXEL_SPACE ones.</source>
            <translation>Présente chaque imagette d'entraînement retournée et pivotée aléatoirement par multiples de 90° (image et étiquette de la même façon) : les huit variantes pour les exports MAP_SPACE, des retournements gauche-droite pour les exports PIXEL_SPACE.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="130"/>
            <source>Seed of the initial weights, the validation split, the chip order and the augmentations: the same seed gives the same model on the CPU.</source>
            <translation>Graine des poids initiaux, de la répartition de validation, de l'ordre des imagettes et des augmentations : la même graine donne le même modèle sur le CPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="134"/>
            <source>Where the model trains (the ArcGIS 'processorType' environment): AUTO uses an NVIDIA GPU when PyTorch has CUDA and the CPU otherwise; GPU fails instead of falling back to the CPU; CPU uses the CPU only. The log names the device.</source>
            <translation>Où le modèle s'entraîne (l'environnement 'processorType' d'ArcGIS) : AUTO utilise un GPU NVIDIA quand PyTorch dispose de CUDA, sinon le CPU ; GPU échoue au lieu de se rabattre sur le CPU ; CPU n'utilise que le CPU. Le journal indique le périphérique.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="138"/>
            <source>Model width</source>
            <translation>Largeur du modèle</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="139"/>
            <source>Channels of the U-Net's first level, doubled at every level below (Pixelwise addition). 16 trains in seconds to minutes on a CPU; 32 or 64 learn more and need a GPU.</source>
            <translation>Canaux du premier niveau du U-Net, doublés à chaque niveau inférieur (ajout de Pixelwise). 16 s'entraîne en quelques secondes à quelques minutes sur un CPU ; 32 ou 64 apprennent davantage et nécessitent un GPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="143"/>
            <source>Model depth</source>
            <translation>Profondeur du modèle</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="144"/>
            <source>Down-samplings of the U-Net (Pixelwise addition): its view grows with 2^depth. The chips must be at least 2^depth pixels wide and high.</source>
            <translation>Sous-échantillonnages du U-Net (ajout de Pixelwise) : son champ de vision croît en 2^depth. Les imagettes doivent mesurer au moins 2^depth pixels en largeur et en hauteur.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="146"/>
            <source>Model definition (.emd)</source>
            <translation>Définition du modèle (.emd)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="147"/>
            <source>Deep learning package (.dlpk)</source>
            <translation>Paquet d'apprentissage profond (.dlpk)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="148"/>
            <source>Training report (PNG)</source>
            <translation>Rapport d'entraînement (PNG)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="149"/>
            <source>Best validation IoU</source>
            <translation>Meilleur IoU de validation</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="150"/>
            <source>Epochs run</source>
            <translation>Époques exécutées</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="83"/>
            <location filename="../processing_provider/training_report.py" line="335"/>
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="83"/>
            <location filename="../processing_provider/training_report.py" line="338"/>
            <source>Cross-entropy per labelled pixel</source>
            <translation>Entropie croisée par pixel étiqueté</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="84"/>
            <location filename="../processing_provider/training_report.py" line="339"/>
            <source>Validation mean IoU</source>
            <translation>IoU moyen de validation</translation>
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
            <translation>Époque</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="104"/>
            <location filename="../processing_provider/training_report.py" line="336"/>
            <source>training</source>
            <translation>entraînement</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="105"/>
            <location filename="../processing_provider/training_report.py" line="337"/>
            <source>validation</source>
            <translation>validation</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="113"/>
            <location filename="../processing_provider/training_report.py" line="340"/>
            <source>validation IoU</source>
            <translation>IoU de validation</translation>
        </message>
        <message>
            <location filename="../processing_provider/training_report.py" line="119"/>
            <location filename="../processing_provider/training_report.py" line="341"/>
            <source>best: epoch {epoch}, {iou:.3f}</source>
            <translation>meilleure : époque {epoch}, {iou:.3f}</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="45"/>
            <source>Pixelwise: install Python packages</source>
            <translation>Pixelwise : installer les paquets Python</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="49"/>
            <source>&lt;b&gt;{tool}&lt;/b&gt; needs the Python packages &lt;b&gt;{names}&lt;/b&gt;, which QGIS's Python cannot import.&lt;br&gt;Pixelwise can install them from the Python Package Index (PyPI) with pip, into its own folder:&lt;br&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;br&gt;Nothing else in QGIS or on this computer changes; removing the plugin removes them.</source>
            <translation>&lt;b&gt;{tool}&lt;/b&gt; a besoin des paquets Python &lt;b&gt;{names}&lt;/b&gt;, que le Python de QGIS ne peut pas importer.&lt;br&gt;Pixelwise peut les installer depuis le Python Package Index (PyPI) avec pip, dans son propre dossier :&lt;br&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;br&gt;Rien d'autre ne change dans QGIS ni sur cet ordinateur ; supprimer l'extension les supprime.</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="70"/>
            <source>{label}, about {size} MB</source>
            <translation>{label}, environ {size} Mo</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="96"/>
            <source>Install</source>
            <translation>Installer</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="98"/>
            <location filename="../plugin/dependency_dialog.py" line="120"/>
            <source>Show pip output</source>
            <translation>Afficher la sortie de pip</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="120"/>
            <source>Hide pip output</source>
            <translation>Masquer la sortie de pip</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="151"/>
            <source>Installing with pip…</source>
            <translation>Installation avec pip…</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="165"/>
            <source>Python could not be started ({program}). Install the packages by hand: see the Pixelwise README.</source>
            <translation>Python n'a pas pu être lancé ({program}). Installez les paquets à la main : voir le README de Pixelwise.</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="176"/>
            <source>Installed. The tool runs now, no restart needed.</source>
            <translation>Installé. L'outil fonctionne maintenant, sans redémarrage.</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="178"/>
            <source>pip finished, but {missing} still does not import: see pip's output.</source>
            <translation>pip a terminé, mais {missing} ne s'importe toujours pas : voir la sortie de pip.</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="182"/>
            <source>pip failed (exit code {code}): {last}</source>
            <translation>pip a échoué (code de sortie {code}) : {last}</translation>
        </message>
        <message>
            <location filename="../plugin/dependency_dialog.py" line="198"/>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="62"/>
            <source>Install Python packages…</source>
            <translation>Installer les paquets Python…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="104"/>
            <source>Every Python package Pixelwise uses is installed.</source>
            <translation>Tous les paquets Python qu'utilise Pixelwise sont installés.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="60"/>
            <source>the model definition cannot be read</source>
            <translation>la définition du modèle est illisible</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="157"/>
            <source>open (ARGUMENTS tile_size)</source>
            <translation>libre (tile_size dans ARGUMENTS)</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="162"/>
            <source>model input channels, raster bands in order</source>
            <translation>canaux d'entrée du modèle, bandes du raster dans l'ordre</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="164"/>
            <source>the raster's bands in order</source>
            <translation>les bandes du raster dans l'ordre</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="165"/>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="166"/>
            <source>Framework</source>
            <translation>Framework</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="167"/>
            <source>Input size</source>
            <translation>Taille d'entrée</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="168"/>
            <source>Bands</source>
            <translation>Bandes</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="173"/>
            <location filename="../plugin/widgets/model_card.py" line="175"/>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="175"/>
            <source>one per output channel, named by its index</source>
            <translation>une par canal de sortie, nommée d'après son indice</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="177"/>
            <location filename="../plugin/widgets/model_card.py" line="179"/>
            <source>Argument defaults</source>
            <translation>Arguments par défaut</translation>
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
            <translation>Taille des tuiles</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="48"/>
            <source>Stride</source>
            <translation>Pas</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="62"/>
            <source>While locked, Y is kept equal to X</source>
            <translation>Tant que le verrou est fermé, Y reste égal à X</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="70"/>
            <source>Show the chip grid on the map</source>
            <translation>Afficher la grille des tuiles sur la carte</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="123"/>
            <source>Tile size and stride</source>
            <translation>Taille des tuiles et pas</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="211"/>
            <source>Overlap: X {x:.1f} %, Y {y:.1f} %</source>
            <translation>Recouvrement : X {x:.1f} %, Y {y:.1f} %</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="221"/>
            <source>Chips: choose an input raster (and an extent that overlaps it) to count them.</source>
            <translation>Tuiles : choisissez un raster en entrée (et une emprise qui le recoupe) pour les compter.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="224"/>
            <source>{format} cuts one chip per feature, not this grid.</source>
            <translation>{format} découpe une tuile par entité, pas cette grille.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="244"/>
            <source>{count} chips ({cols} × {rows} grid cells) over {width} × {height} pixels</source>
            <translation>{count} tuiles ({cols} × {rows} cellules de grille) sur {width} × {height} pixels</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="249"/>
            <source>The map shows the first {limit} chips.</source>
            <translation>La carte montre les {limit} premières tuiles.</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="21"/>
            <source>must be a whole number, 0 or more (got {points!r})</source>
            <translation>doit être un nombre entier, 0 ou plus (reçu {points!r})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="22"/>
            <source>Give the number of random points to assess, or 0 to assess every valid pixel</source>
            <translation>Indiquez le nombre de points aléatoires à évaluer, ou 0 pour évaluer chaque pixel valide</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="25"/>
            <source>unknown value {sampling_strategy!r}</source>
            <translation>valeur inconnue {sampling_strategy!r}</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="26"/>
            <source>Use one of {sampling_strategies}</source>
            <translation>Utilisez l'une des valeurs {sampling_strategies}</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="31"/>
            <source>must be a whole number, 0 or more (got {seed!r})</source>
            <translation>doit être un nombre entier, 0 ou plus (reçu {seed!r})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="32"/>
            <source>Give any whole number of 0 or more; the same seed draws the same points</source>
            <translation>Indiquez un nombre entier supérieur ou égal à 0 ; une même graine tire les mêmes points</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="35"/>
            <source>must be at least 1 (got {window_pixels})</source>
            <translation>doit valoir au moins 1 (reçu {window_pixels})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="36"/>
            <source>Give the number of pixels to read at a time</source>
            <translation>Indiquez le nombre de pixels à lire à la fois</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="82"/>
            <source>is the same file as OUT_CSV</source>
            <translation>est le même fichier que OUT_CSV</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="82"/>
            <source>Give the report its own file name</source>
            <translation>Donnez au rapport son propre nom de fichier</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="114"/>
            <source>no pixel of {classified} has both a class and a reference class ({no_prediction} reference pixels lie on NoData of the classified raster)</source>
            <translation>aucun pixel de {classified} n'a à la fois une classe et une classe de référence ({no_prediction} pixels de référence tombent sur des NoData du raster classé)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/assess.py" line="116"/>
            <source>Give ground truth that overlaps the classified pixels (reference value 0 and NoData count as no reference)</source>
            <translation>Fournissez une vérité terrain qui recouvre les pixels classés (la valeur de référence 0 et NoData valent absence de référence)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/report.py" line="183"/>
            <location filename="../engine/classify/classifier.py" line="427"/>
            <location filename="../engine/classify/model.py" line="117"/>
            <location filename="../engine/train/dataset.py" line="293"/>
            <location filename="../engine/train/trainer.py" line="95"/>
            <source>is empty</source>
            <translation>est vide</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/report.py" line="183"/>
            <source>Give a file name ({extension})</source>
            <translation>Indiquez un nom de fichier ({extension})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/report.py" line="186"/>
            <location filename="../engine/classify/classifier.py" line="430"/>
            <source>{path!r} is a folder</source>
            <translation>{path!r} est un dossier</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/report.py" line="187"/>
            <source>Give a file name such as accuracy{extension}</source>
            <translation>Indiquez un nom de fichier tel que accuracy{extension}</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="70"/>
            <source>none of its class names ({shown}) is a class of {classified} (its class names: {have})</source>
            <translation>aucun de ses noms de classes ({shown}) n'est une classe de {classified} (ses noms de classes : {have})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="71"/>
            <source>Choose the field whose texts are the classified raster's class names, or a field of class values</source>
            <translation>Choisissez le champ dont les textes sont les noms de classes du raster classé, ou un champ de valeurs de classes</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="85"/>
            <source>holds {dtype} values; class values must be whole numbers</source>
            <translation>contient des valeurs {dtype} ; les valeurs de classes doivent être des nombres entiers</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="86"/>
            <location filename="../engine/accuracy/truth.py" line="127"/>
            <location filename="../engine/export/sources.py" line="155"/>
            <source>Convert it to an integer raster (e.g. Byte)</source>
            <translation>Convertissez-le en raster d'entiers (p. ex. Byte)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="126"/>
            <location filename="../engine/export/sources.py" line="154"/>
            <source>the class raster holds {dtype} values; class values must be whole numbers</source>
            <translation>le raster de classes contient des valeurs {dtype} ; les valeurs de classes doivent être des nombres entiers</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="135"/>
            <source>is not on the grid of {classified} and it has no CRS, so the two cannot be aligned</source>
            <translation>n'est pas sur la grille de {classified} et n'a pas de SCR, les deux ne peuvent donc pas être alignés</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="136"/>
            <source>is not on the grid of {classified} and {classified} has no CRS, so the two cannot be aligned</source>
            <translation>n'est pas sur la grille de {classified} et {classified} n'a pas de SCR, les deux ne peuvent donc pas être alignés</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="138"/>
            <source>Assign both rasters their CRS, or give rasters of the same grid</source>
            <translation>Attribuez leur SCR aux deux rasters, ou fournissez des rasters de même grille</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="143"/>
            <source>does not overlap {classified} (ground truth {bounds}; classified raster {own}, in {crs})</source>
            <translation>ne recouvre pas {classified} (vérité terrain {bounds} ; raster classé {own}, en {crs})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="145"/>
            <source>Give ground truth for the area of the classified raster</source>
            <translation>Fournissez une vérité terrain pour l'emprise du raster classé</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="178"/>
            <source>has no coordinate reference system, so it cannot be placed on {classified} ({crs})</source>
            <translation>n'a pas de système de coordonnées de référence, il ne peut donc pas être placé sur {classified} ({crs})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="179"/>
            <source>Assign the layer its CRS (Layer Properties &gt; Source &gt; Assigned Coordinate Reference System)</source>
            <translation>Attribuez son SCR à la couche (Propriétés de la couche &gt; Source &gt; Système de coordonnées de référence assigné)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="183"/>
            <source>has no coordinate reference system, so ground-truth polygons in {crs} cannot be placed on it</source>
            <translation>n'a pas de système de coordonnées de référence, les polygones de vérité terrain en {crs} ne peuvent donc pas y être placés</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="184"/>
            <location filename="../engine/geometry.py" line="64"/>
            <source>Assign the raster its CRS (Raster &gt; Projections &gt; Assign Projection)</source>
            <translation>Attribuez son SCR au raster (Raster &gt; Projections &gt; Définir la projection)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="188"/>
            <source>has no polygon with a class (every feature is empty or its class is NULL or 0)</source>
            <translation>n'a aucun polygone avec une classe (chaque entité est vide ou sa classe est NULL ou 0)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="189"/>
            <source>Choose the layer and the {class_field} that hold the reference classes</source>
            <translation>Choisissez la couche et le {class_field} qui contiennent les classes de référence</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="201"/>
            <source>no polygon overlaps {classified} (classified raster {bounds})</source>
            <translation>aucun polygone ne recouvre {classified} (raster classé {bounds})</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="202"/>
            <source>Give ground truth for the area of the classified raster (reprojected polygons are checked in its CRS)</source>
            <translation>Fournissez une vérité terrain pour l'emprise du raster classé (les polygones reprojetés sont vérifiés dans son SCR)</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="226"/>
            <source>unsupported ground truth {kind}</source>
            <translation>vérité terrain non prise en charge {kind}</translation>
        </message>
        <message>
            <location filename="../engine/accuracy/truth.py" line="227"/>
            <source>Give a class raster or polygons with a class field</source>
            <translation>Fournissez un raster de classes ou des polygones avec un champ de classe</translation>
        </message>
        <message>
            <location filename="../engine/classes.py" line="44"/>
            <source>class name {name!r} holds the control character(s) {characters}</source>
            <translation>le nom de classe {name!r} contient le(s) caractère(s) de contrôle {characters}</translation>
        </message>
        <message>
            <location filename="../engine/classes.py" line="89"/>
            <source>class value {value!r} is not a whole number</source>
            <translation>la valeur de classe {value!r} n'est pas un nombre entier</translation>
        </message>
        <message>
            <location filename="../engine/classes.py" line="91"/>
            <source>class value {value!r} is negative</source>
            <translation>la valeur de classe {value!r} est négative</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="51"/>
            <source>Known arguments: {known}</source>
            <translation>Arguments connus : {known}</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="79"/>
            <source>is not valid JSON (line {lineno}: {msg})</source>
            <translation>n'est pas un JSON valide (ligne {lineno} : {msg})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="80"/>
            <source>Write name=value;name=value or a JSON object</source>
            <translation>Écrivez nom=valeur;nom=valeur ou un objet JSON</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="83"/>
            <source>JSON arguments must be an object</source>
            <translation>les arguments JSON doivent former un objet</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="83"/>
            <source>Write {{"padding": 64}}</source>
            <translation>Écrivez {{"padding": 64}}</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="95"/>
            <source>{row!r} has no value</source>
            <translation>{row!r} n'a pas de valeur</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="95"/>
            <source>Write name=value, e.g. padding=64</source>
            <translation>Écrivez nom=valeur, p. ex. padding=64</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="102"/>
            <source>unknown argument {name!r}</source>
            <translation>argument inconnu {name!r}</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="104"/>
            <source>{key} is given twice</source>
            <translation>{key} est indiqué deux fois</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="104"/>
            <source>Give each argument once</source>
            <translation>Indiquez chaque argument une seule fois</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="113"/>
            <source>{name} must be a whole number (got {raw!r})</source>
            <translation>{name} doit être un nombre entier (reçu {raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="113"/>
            <source>Write e.g. {name}=64</source>
            <translation>Écrivez p. ex. {name}=64</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="117"/>
            <source>{name} must be a whole number, at least {minimum} (got {raw!r})</source>
            <translation>{name} doit être un nombre entier, au moins {minimum} (reçu {raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="118"/>
            <location filename="../engine/classify/arguments.py" line="120"/>
            <source>Set {name} in range</source>
            <translation>Donnez à {name} une valeur dans la plage</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="119"/>
            <source>{name} must be a whole number, {minimum}…{maximum} (got {raw!r})</source>
            <translation>{name} doit être un nombre entier, {minimum}…{maximum} (reçu {raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="128"/>
            <source>{name} must be True or False (got {raw!r})</source>
            <translation>{name} doit valoir True ou False (reçu {raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="128"/>
            <source>Write {name}=True or {name}=False</source>
            <translation>Écrivez {name}=True ou {name}=False</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="140"/>
            <source>tile_size {tile} is not possible: the model's input is fixed at {input_height}×{input_width} pixels</source>
            <translation>tile_size {tile} est impossible : l'entrée du modèle est fixée à {input_height}×{input_width} pixels</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="141"/>
            <source>Leave tile_size unset for this model</source>
            <translation>Ne renseignez pas tile_size pour ce modèle</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="150"/>
            <source>the model's input size is open (height and width are free in the ONNX graph) and the model definition gives no ImageHeight/ImageWidth</source>
            <translation>la taille d'entrée du modèle est libre (hauteur et largeur sont libres dans le graphe ONNX) et la définition du modèle ne donne ni ImageHeight ni ImageWidth</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="151"/>
            <source>Give the chip size it was trained on, e.g. tile_size={default_tile_size}, or ImageHeight and ImageWidth in the .emd</source>
            <translation>Indiquez la taille d'imagette sur laquelle il a été entraîné, p. ex. tile_size={default_tile_size}, ou ImageHeight et ImageWidth dans le .emd</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="160"/>
            <source>padding is fixed at {padding} by the model's ModelPadding (got {given})</source>
            <translation>padding est fixé à {padding} par le ModelPadding du modèle (reçu {given})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="161"/>
            <source>Leave padding unset for this model</source>
            <translation>Ne renseignez pas padding pour ce modèle</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="170"/>
            <source>padding {padding} leaves no room in a {tile_h}×{tile_w} window (it must be below half the window)</source>
            <translation>padding {padding} ne laisse aucune place dans une fenêtre de {tile_h}×{tile_w} (il doit être inférieur à la moitié de la fenêtre)</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="171"/>
            <source>Use padding below {half}, e.g. {quarter}</source>
            <translation>Utilisez un padding inférieur à {half}, p. ex. {quarter}</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="185"/>
            <source>merge_policy must be one of {merge_policies} (got {merge_policy!r})</source>
            <translation>merge_policy doit être l'une des valeurs {merge_policies} (reçu {merge_policy!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="186"/>
            <source>Write merge_policy=mean</source>
            <translation>Écrivez merge_policy=mean</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="189"/>
            <source>a batch of {batch} windows of {tile_h}×{tile_w} px holds {mpx} million pixels, more than {limit} million</source>
            <translation>un lot de {batch} fenêtres de {tile_h}×{tile_w} px contient {mpx} millions de pixels, plus de {limit} millions</translation>
        </message>
        <message>
            <location filename="../engine/classify/arguments.py" line="191"/>
            <source>Use a smaller batch_size or tile_size (or ImageHeight/ImageWidth, BatchSize in the model definition)</source>
            <translation>Utilisez un batch_size ou un tile_size plus petit (ou ImageHeight/ImageWidth, BatchSize dans la définition du modèle)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="144"/>
            <source>{name} has {count} inputs; pixel classification needs one image input</source>
            <translation>{name} a {count} entrées ; la classification de pixels demande une seule entrée image</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="145"/>
            <source>Export the model with a single (batch, bands, height, width) input</source>
            <translation>Exportez le modèle avec une seule entrée (batch, bands, height, width)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="150"/>
            <source>{name} takes a {ndim}-D input {shape}; an image model takes (batch, bands, height, width)</source>
            <translation>{name} prend une entrée {ndim}-D {shape} ; un modèle d'image prend (batch, bands, height, width)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="151"/>
            <source>Export the model with a 4-D input</source>
            <translation>Exportez le modèle avec une entrée 4-D</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="154"/>
            <source>{name} takes {type} input; Pixelwise feeds float tensors</source>
            <translation>{name} prend une entrée {type} ; Pixelwise fournit des tenseurs float</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="155"/>
            <source>Export the model with a float32 input</source>
            <translation>Exportez le modèle avec une entrée float32</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="166"/>
            <source>ModelFormat says {model_format}, but {name} takes {shape}, which is {graph} (channels first)</source>
            <translation>ModelFormat indique {model_format}, mais {name} prend {shape}, ce qui est du {graph} (canaux en premier)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="168"/>
            <source>ModelFormat says {model_format}, but {name} takes {shape}, which is {graph} (channels last)</source>
            <translation>ModelFormat indique {model_format}, mais {name} prend {shape}, ce qui est du {graph} (canaux en dernier)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="170"/>
            <source>Set ModelFormat to {graph} in the model definition, or leave it out</source>
            <translation>Mettez ModelFormat à {graph} dans la définition du modèle, ou retirez-le</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="237"/>
            <source>{name} returns a {ndim}-D output {shape}; pixel classification needs (batch, classes, height, width) scores</source>
            <translation>{name} renvoie une sortie {ndim}-D {shape} ; la classification de pixels demande des scores (batch, classes, height, width)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="240"/>
            <source>Export the segmentation model without post-processing</source>
            <translation>Exportez le modèle de segmentation sans post-traitement</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="250"/>
            <source>{name} returns {shape} for a {height}×{width} window; expected class scores of the window's size or of its inner {inner_height}×{inner_width} pixels (ModelPadding)</source>
            <translation>{name} renvoie {shape} pour une fenêtre de {height}×{width} ; attendu : des scores de classes de la taille de la fenêtre ou de ses {inner_height}×{inner_width} pixels intérieurs (ModelPadding)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="253"/>
            <source>{name} returns {shape} for a {height}×{width} window; expected class scores of the window's size</source>
            <translation>{name} renvoie {shape} pour une fenêtre de {height}×{width} ; attendu : des scores de classes de la taille de la fenêtre</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="255"/>
            <source>Export the model so that it outputs one score per pixel</source>
            <translation>Exportez le modèle pour qu'il produise un score par pixel</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="427"/>
            <source>Give an output file name (.tif)</source>
            <translation>Indiquez un nom de fichier de sortie (.tif)</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="430"/>
            <source>Give a file name such as classified.tif</source>
            <translation>Indiquez un nom de fichier tel que classified.tif</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="473"/>
            <location filename="../engine/session.py" line="93"/>
            <location filename="../engine/train/trainer.py" line="73"/>
            <source>unknown value {processor_type!r}</source>
            <translation>valeur inconnue {processor_type!r}</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="474"/>
            <location filename="../engine/session.py" line="94"/>
            <location filename="../engine/train/trainer.py" line="74"/>
            <source>Use one of {processor_types}</source>
            <translation>Utilisez l'une des valeurs {processor_types}</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="482"/>
            <source>is the same file as OUT_CLASSIFIED_RASTER</source>
            <translation>est le même fichier que OUT_CLASSIFIED_RASTER</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="483"/>
            <source>Give the confidence raster its own file name</source>
            <translation>Donnez au raster de confiance son propre nom de fichier</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="486"/>
            <source>would overwrite IN_RASTER</source>
            <translation>écraserait IN_RASTER</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="486"/>
            <source>Choose another output file</source>
            <translation>Choisissez un autre fichier de sortie</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="625"/>
            <source>the model gave NaN or infinite scores for every pixel ({count})</source>
            <translation>le modèle a donné des scores NaN ou infinis pour chaque pixel ({count})</translation>
        </message>
        <message>
            <location filename="../engine/classify/classifier.py" line="626"/>
            <source>Check the model file and its NormalizationStats (a standard deviation of 0 or a NaN in the model's weights give this)</source>
            <translation>Vérifiez le fichier du modèle et ses NormalizationStats (un écart-type de 0 ou un NaN dans les poids du modèle produisent cela)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="44"/>
            <source>Pixelwise runs ONNX models only: export the network with torch.onnx.export(model, torch.zeros(1, bands, height, width), 'model.onnx', input_names=['input'], output_names=['output'], opset_version=17, dynamic_axes={{'input': {{0: 'batch'}}, 'output': {{0: 'batch'}}}}) and set "Framework": "ONNX" and "ModelFile": "model.onnx" in the .emd</source>
            <translation>Pixelwise n'exécute que des modèles ONNX : exportez le réseau avec torch.onnx.export(model, torch.zeros(1, bands, height, width), 'model.onnx', input_names=['input'], output_names=['output'], opset_version=17, dynamic_axes={{'input': {{0: 'batch'}}, 'output': {{0: 'batch'}}}}) et indiquez "Framework": "ONNX" et "ModelFile": "model.onnx" dans le .emd</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="49"/>
            <source>Pixelwise runs ONNX models only: convert the model with tf2onnx (python -m tf2onnx.convert) and set "Framework": "ONNX" and "ModelFile" to the .onnx file in the .emd</source>
            <translation>Pixelwise n'exécute que des modèles ONNX : convertissez le modèle avec tf2onnx (python -m tf2onnx.convert) et indiquez "Framework": "ONNX" et le fichier .onnx comme "ModelFile" dans le .emd</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="117"/>
            <location filename="../engine/classify/model.py" line="124"/>
            <source>Choose an .emd, .dlpk or .onnx file</source>
            <translation>Choisissez un fichier .emd, .dlpk ou .onnx</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="123"/>
            <source>{text!r} does not exist or is not a file</source>
            <translation>{text!r} n'existe pas ou n'est pas un fichier</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="135"/>
            <source>{name} is a PyTorch model</source>
            <translation>{name} est un modèle PyTorch</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="137"/>
            <source>{name} is a TensorFlow/Keras model</source>
            <translation>{name} est un modèle TensorFlow/Keras</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="139"/>
            <source>{name} is not a model definition Pixelwise reads</source>
            <translation>{name} n'est pas une définition de modèle que Pixelwise sait lire</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="140"/>
            <source>Choose an Esri .emd or .dlpk, or an .onnx model</source>
            <translation>Choisissez un .emd ou .dlpk Esri, ou un modèle .onnx</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="148"/>
            <source>{what} is JSON but not an object</source>
            <translation>{what} est du JSON mais pas un objet</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="149"/>
            <source>A model definition is one JSON object {{ ... }}</source>
            <translation>Une définition de modèle est un unique objet JSON {{ ... }}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="158"/>
            <source>{name} is not UTF-8 text</source>
            <translation>{name} n'est pas du texte UTF-8</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="159"/>
            <source>Save the model definition as UTF-8 JSON</source>
            <translation>Enregistrez la définition du modèle en JSON UTF-8</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="161"/>
            <location filename="../engine/classify/model.py" line="516"/>
            <source>cannot read {name} ({strerror})</source>
            <translation>impossible de lire {name} ({strerror})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="162"/>
            <source>Check the file and its permissions</source>
            <translation>Vérifiez le fichier et ses droits d'accès</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="173"/>
            <source>has no ModelFile</source>
            <translation>n'a pas de ModelFile</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="174"/>
            <source>Add "ModelFile": "&lt;model&gt;.onnx" (relative to the .emd)</source>
            <translation>Ajoutez "ModelFile": "&lt;model&gt;.onnx" (relatif au .emd)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="178"/>
            <source>ModelFile must be a file name (got {model_file!r})</source>
            <translation>ModelFile doit être un nom de fichier (reçu {model_file!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="179"/>
            <source>Set "ModelFile": "&lt;model&gt;.onnx"</source>
            <translation>Indiquez "ModelFile": "&lt;model&gt;.onnx"</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="183"/>
            <source>ModelFile {model_file!r} points outside the package</source>
            <translation>ModelFile {model_file!r} pointe hors du paquet</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="184"/>
            <source>Give a ModelFile inside the .dlpk, relative to its .emd</source>
            <translation>Indiquez un ModelFile à l'intérieur du .dlpk, relatif à son .emd</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="190"/>
            <source>ModelFile {name} is a PyTorch model (Framework {framework})</source>
            <translation>ModelFile {name} est un modèle PyTorch (Framework {framework})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="193"/>
            <source>ModelFile {name} is a TensorFlow/Keras model</source>
            <translation>ModelFile {name} est un modèle TensorFlow/Keras</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="196"/>
            <source>ModelFile {name} is not an ONNX model (.onnx)</source>
            <translation>ModelFile {name} n'est pas un modèle ONNX (.onnx)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="197"/>
            <source>Export the model to ONNX and set "Framework": "ONNX"</source>
            <translation>Exportez le modèle en ONNX et indiquez "Framework": "ONNX"</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="199"/>
            <source>its ModelFile {name} does not exist (looked in {folder})</source>
            <translation>son ModelFile {name} n'existe pas (cherché dans {folder})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="201"/>
            <source>Put the .onnx file beside the .emd or fix ModelFile</source>
            <translation>Placez le fichier .onnx à côté du .emd ou corrigez ModelFile</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="242"/>
            <source>ModelType {model_type!r} is not a pixel classification model</source>
            <translation>ModelType {model_type!r} n'est pas un modèle de classification de pixels</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="243"/>
            <source>Classify Pixels runs ImageClassification (segmentation) models; use the tool made for this model type</source>
            <translation>Classer les pixels exécute les modèles ImageClassification (segmentation) ; utilisez l'outil prévu pour ce type de modèle</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="258"/>
            <source>{key} must be a list (got {values!r})</source>
            <translation>{key} doit être une liste (reçu {values!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="258"/>
            <source>Write {key} as [0, 1, 2]</source>
            <translation>Écrivez {key} sous la forme [0, 1, 2]</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="265"/>
            <source>ExtractBands must be a non-empty list (got {value!r})</source>
            <translation>ExtractBands doit être une liste non vide (reçu {value!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="266"/>
            <source>Write ExtractBands as 0-based band indices, e.g. [0, 1, 2]</source>
            <translation>Écrivez ExtractBands sous forme d'indices de bandes à partir de 0, p. ex. [0, 1, 2]</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="274"/>
            <source>ExtractBands holds {item!r}</source>
            <translation>ExtractBands contient {item!r}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="275"/>
            <source>Use 0-based band indices (0 is the first band) or band names</source>
            <translation>Utilisez des indices de bandes à partir de 0 (0 est la première bande) ou des noms de bandes</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="284"/>
            <source>DataRange must be [min, max] (got {value!r})</source>
            <translation>DataRange doit être [min, max] (reçu {value!r})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="285"/>
            <source>Write DataRange as [0, 255]</source>
            <translation>Écrivez DataRange sous la forme [0, 255]</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="288"/>
            <source>DataRange {value!r} is empty</source>
            <translation>DataRange {value!r} est vide</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="288"/>
            <source>Give [min, max] with min &lt; max</source>
            <translation>Indiquez [min, max] avec min &lt; max</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="295"/>
            <source>NormalizationStats must be a JSON object</source>
            <translation>NormalizationStats doit être un objet JSON</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="296"/>
            <source>Write it as {{"band_mean_values": [...], "band_std_values": [...]}}</source>
            <translation>Écrivez-le sous la forme {{"band_mean_values": [...], "band_std_values": [...]}}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="312"/>
            <source>NormalizationStats has neither band_min_values/band_max_values nor band_mean_values/band_std_values</source>
            <translation>NormalizationStats n'a ni band_min_values/band_max_values ni band_mean_values/band_std_values</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="313"/>
            <source>Give one of the two pairs, or drop the key</source>
            <translation>Indiquez l'une des deux paires, ou supprimez la clé</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="319"/>
            <source>{key} must be a non-empty list of numbers</source>
            <translation>{key} doit être une liste non vide de nombres</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="319"/>
            <source>Fix {key}</source>
            <translation>Corrigez {key}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="325"/>
            <source>Classes must be a list of {{Value, Name, Color}}</source>
            <translation>Classes doit être une liste de {{Value, Name, Color}}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="325"/>
            <source>Fix Classes</source>
            <translation>Corrigez Classes</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="329"/>
            <source>Classes[{i}] is not an object</source>
            <translation>Classes[{i}] n'est pas un objet</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="330"/>
            <source>Write {{"Value": 1, "Name": ...}}</source>
            <translation>Écrivez {{"Value": 1, "Name": ...}}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="333"/>
            <source>Classes[{i}] has no Value</source>
            <translation>Classes[{i}] n'a pas de Value</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="333"/>
            <source>Give every class a Value</source>
            <translation>Donnez une Value à chaque classe</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="336"/>
            <source>class value {value} appears twice in Classes</source>
            <translation>la valeur de classe {value} apparaît deux fois dans Classes</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="337"/>
            <source>Give every class its own Value</source>
            <translation>Donnez à chaque classe sa propre Value</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="344"/>
            <source>Classes[{i}]: {err}</source>
            <translation>Classes[{i}] : {err}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="344"/>
            <source>Remove them from the Name</source>
            <translation>Retirez-les du Name</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="367"/>
            <source>Rebuild the package as a plain zip: relative member names, regular files only, stored or deflate compression, no password</source>
            <translation>Reconstruisez le paquet comme un zip simple : noms de membres relatifs, fichiers ordinaires uniquement, compression stored ou deflate, sans mot de passe</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="382"/>
            <source>has an absolute path</source>
            <translation>a un chemin absolu</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="384"/>
            <source>would be written outside the package folder</source>
            <translation>serait écrit hors du dossier du paquet</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="386"/>
            <source>is a symbolic link</source>
            <translation>est un lien symbolique</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="388"/>
            <source>has a name with characters file names cannot hold (&lt;&gt;:"|?* or control characters)</source>
            <translation>a un nom avec des caractères interdits dans les noms de fichiers (&lt;&gt;:"|?* ou caractères de contrôle)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="390"/>
            <source>is named like a Windows device (CON, NUL, COM1, ...)</source>
            <translation>porte le nom d'un périphérique Windows (CON, NUL, COM1, ...)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="392"/>
            <source>is encrypted</source>
            <translation>est chiffré</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="394"/>
            <source>uses compression method {method} (Pixelwise reads stored and deflate members)</source>
            <translation>utilise la méthode de compression {method} (Pixelwise lit les membres stored et deflate)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="405"/>
            <source>{package} unpacks to more than {size} (DLPK_MAX_BYTES)</source>
            <translation>{package} se décompresse en plus de {size} (DLPK_MAX_BYTES)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="406"/>
            <location filename="../engine/classify/model.py" line="421"/>
            <source>Package only the .emd and the model file</source>
            <translation>Ne mettez dans le paquet que le .emd et le fichier du modèle</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="414"/>
            <source>{package} is not a readable .dlpk (zip) package ({err})</source>
            <translation>{package} n'est pas un paquet .dlpk (zip) lisible ({err})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="415"/>
            <source>A .dlpk is a zip archive holding an .emd and the model file</source>
            <translation>Un .dlpk est une archive zip contenant un .emd et le fichier du modèle</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="420"/>
            <source>{package} holds {count} files (limit {dlpk_max_members})</source>
            <translation>{package} contient {count} fichiers (limite {dlpk_max_members})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="431"/>
            <source>appears twice</source>
            <translation>apparaît deux fois</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="434"/>
            <source>{package} was refused: its member {filename!r} {reason}</source>
            <translation>{package} a été refusé : son membre {filename!r} {reason}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="440"/>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="442"/>
            <source>{package} holds a PyTorch model and no .emd ({listing})</source>
            <translation>{package} contient un modèle PyTorch et aucun .emd ({listing})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="444"/>
            <source>{package} holds no .emd model definition ({listing})</source>
            <translation>{package} ne contient aucune définition de modèle .emd ({listing})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="445"/>
            <source>Package an .emd and its .onnx model</source>
            <translation>Mettez dans le paquet un .emd et son modèle .onnx</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="449"/>
            <source>{package} holds several .emd files ({emds})</source>
            <translation>{package} contient plusieurs fichiers .emd ({emds})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="450"/>
            <source>Package one model definition per .dlpk</source>
            <translation>Une seule définition de modèle par .dlpk</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="474"/>
            <source>{package} was refused: its member {filename!r} would be written outside the package folder</source>
            <translation>{package} a été refusé : son membre {filename!r} serait écrit hors du dossier du paquet</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="492"/>
            <source>{package} is damaged: its member {filename!r} cannot be read ({err})</source>
            <translation>{package} est endommagé : son membre {filename!r} ne peut pas être lu ({err})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="496"/>
            <source>cannot unpack {package}: its member {filename!r} ({reason})</source>
            <translation>impossible de décompresser {package} : son membre {filename!r} ({reason})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="498"/>
            <source>Check the package and the free space in the temporary folder</source>
            <translation>Vérifiez le paquet et l'espace libre dans le dossier temporaire</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="512"/>
            <source>{name} is not a valid ONNX model ({err})</source>
            <translation>{name} n'est pas un modèle ONNX valide ({err})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="513"/>
            <source>Export the model again (torch.onnx.export) or choose another file</source>
            <translation>Exportez à nouveau le modèle (torch.onnx.export) ou choisissez un autre fichier</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="516"/>
            <source>Check the file</source>
            <translation>Vérifiez le fichier</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="542"/>
            <source>ONNX metadata tiles_overlap must be a percentage from 0 to below 100 (got {value})</source>
            <translation>la métadonnée ONNX tiles_overlap doit être un pourcentage de 0 à moins de 100 (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="543"/>
            <source>Fix tiles_overlap in the model's metadata</source>
            <translation>Corrigez tiles_overlap dans les métadonnées du modèle</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="550"/>
            <source>ONNX metadata resolution must be above 0 cm per pixel (got {value})</source>
            <translation>la métadonnée ONNX resolution doit être supérieure à 0 cm par pixel (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="551"/>
            <source>Fix resolution in the model's metadata</source>
            <translation>Corrigez resolution dans les métadonnées du modèle</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="600"/>
            <source>ONNX metadata {key} keys must be class indices</source>
            <translation>les clés de la métadonnée ONNX {key} doivent être des indices de classes</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="601"/>
            <location filename="../engine/classify/model.py" line="607"/>
            <source>Write it as {{"0": "background", "1": "building"}}</source>
            <translation>Écrivez-la sous la forme {{"0": "background", "1": "building"}}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="606"/>
            <source>ONNX metadata {key} is neither a JSON object nor a list</source>
            <translation>la métadonnée ONNX {key} n'est ni un objet JSON ni une liste</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="628"/>
            <source>has {count} bands but the model takes {channels}</source>
            <translation>a {count} bandes mais le modèle en prend {channels}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="629"/>
            <source>Choose a raster with that many bands, or add "ExtractBands" (0-based band indices) to the model definition</source>
            <translation>Choisissez un raster avec ce nombre de bandes, ou ajoutez "ExtractBands" (indices de bandes à partir de 0) à la définition du modèle</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="636"/>
            <source>has {count} bands, but ExtractBands asks for band index {item} (band {number}) (the model takes {channels} bands)</source>
            <translation>a {count} bandes, mais ExtractBands demande l'indice de bande {item} (bande {number}) (le modèle prend {channels} bandes)</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="638"/>
            <source>has {count} bands, but ExtractBands asks for band index {item} (band {number})</source>
            <translation>a {count} bandes, mais ExtractBands demande l'indice de bande {item} (bande {number})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="640"/>
            <source>ExtractBands holds 0-based indices; choose a raster with those bands</source>
            <translation>ExtractBands contient des indices à partir de 0 ; choisissez un raster qui a ces bandes</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="646"/>
            <source>ExtractBands selects {band_count} bands but the model takes {channels}</source>
            <translation>ExtractBands sélectionne {band_count} bandes mais le modèle en prend {channels}</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="648"/>
            <source>List one band per model input channel in ExtractBands</source>
            <translation>Indiquez dans ExtractBands une bande par canal d'entrée du modèle</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="664"/>
            <source>has no band named {name!r} (bands {known})</source>
            <translation>n'a pas de bande nommée {name!r} (bandes {known})</translation>
        </message>
        <message>
            <location filename="../engine/classify/model.py" line="665"/>
            <source>Name the bands (descriptions) or use 0-based indices in ExtractBands</source>
            <translation>Nommez les bandes (descriptions) ou utilisez des indices à partir de 0 dans ExtractBands</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="67"/>
            <source>the model outputs {channels} channels for {n} classes, so channel 0 would be the background (value 0), but a class already has value 0</source>
            <translation>le modèle produit {channels} canaux pour {n} classes, le canal 0 serait donc le fond (valeur 0), mais une classe a déjà la valeur 0</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="69"/>
            <source>List one class per output channel in Classes</source>
            <translation>Indiquez dans Classes une classe par canal de sortie</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="73"/>
            <source>the model outputs {channels} class channels but the definition lists {n} classes</source>
            <translation>le modèle produit {channels} canaux de classes mais la définition liste {n} classes</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="74"/>
            <source>List one class per output channel in Classes (or one fewer when channel 0 is the background)</source>
            <translation>Indiquez dans Classes une classe par canal de sortie (ou une de moins quand le canal 0 est le fond)</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="80"/>
            <source>every output channel is excluded (predict_background=False and ignore_mapped_class)</source>
            <translation>chaque canal de sortie est exclu (predict_background=False et ignore_mapped_class)</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="81"/>
            <source>Set predict_background=True</source>
            <translation>Mettez predict_background=True</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="104"/>
            <source>class values do not fit in 32-bit integers</source>
            <translation>les valeurs de classes ne tiennent pas dans des entiers 32 bits</translation>
        </message>
        <message>
            <location filename="../engine/classify/output.py" line="105"/>
            <source>Use smaller class values</source>
            <translation>Utilisez des valeurs de classes plus petites</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="85"/>
            <source>rows {top}–{stop} are not in the raster (0–{height})</source>
            <translation>les lignes {top}–{stop} ne sont pas dans le raster (0–{height})</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="86"/>
            <source>Take the parts from plan_classify_parts with the same settings</source>
            <translation>Prenez les parties issues de plan_classify_parts avec les mêmes paramètres</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="103"/>
            <source>rows {start}–{stop} of the raster are in no part</source>
            <translation>les lignes {start}–{stop} du raster ne sont dans aucune partie</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="104"/>
            <source>Merge exactly the parts from plan_classify_parts</source>
            <translation>Fusionnez exactement les parties issues de plan_classify_parts</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="139"/>
            <source>{part_folder!r} holds files that are not a classification part</source>
            <translation>{part_folder!r} contient des fichiers qui ne sont pas une partie de classification</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="140"/>
            <location filename="../engine/export/parts.py" line="93"/>
            <source>Give each part a new or empty folder</source>
            <translation>Donnez à chaque partie un dossier nouveau ou vide</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="167"/>
            <source>{path!r} holds no finished classification part</source>
            <translation>{path!r} ne contient aucune partie de classification terminée</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="168"/>
            <source>Run classify_part for it first</source>
            <translation>Exécutez d'abord classify_part pour celle-ci</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="169"/>
            <source>{path!r} was classified with other settings than this merge</source>
            <translation>{path!r} a été classé avec d'autres paramètres que cette fusion</translation>
        </message>
        <message>
            <location filename="../engine/classify/parts.py" line="170"/>
            <source>Merge the parts with the configuration they were classified with</source>
            <translation>Fusionnez les parties avec la configuration avec laquelle elles ont été classées</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="72"/>
            <source>Put inputs and outputs on a file system every worker mounts at the same path, give the input as a GDAL network path (/vsis3/…, /vsicurl/…), or use local:N to run on this computer</source>
            <translation>Placez entrées et sorties sur un système de fichiers que chaque travailleur monte au même chemin, donnez l'entrée comme chemin réseau GDAL (/vsis3/…, /vsicurl/…), ou utilisez local:N pour travailler sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="107"/>
            <source>local:N needs a whole number of worker processes, at least 1 (got {value!r})</source>
            <translation>local:N demande un nombre entier de processus de travail, au moins 1 (reçu {value!r})</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="108"/>
            <source>Write e.g. local:2</source>
            <translation>Écrivez par exemple local:2</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="114"/>
            <source>{value!r} is neither a Dask scheduler address nor local:N</source>
            <translation>{value!r} n'est ni une adresse d'ordonnanceur Dask ni local:N</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="115"/>
            <source>Give the scheduler's address with its port (tcp://host:8786), local:N for N worker processes on this computer, or nothing to run in this process</source>
            <translation>Donnez l'adresse de l'ordonnanceur avec son port (tcp://hôte:8786), local:N pour N processus de travail sur cet ordinateur, ou rien pour travailler dans ce processus</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="147"/>
            <source>needs Dask's distributed package, which is not installed</source>
            <translation>demande le paquet distributed de Dask, qui n'est pas installé</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="148"/>
            <source>Install dask and distributed (Pixelwise ▸ Install Python packages…, or pip install "dask[distributed]"), or leave DASK_SCHEDULER empty</source>
            <translation>Installez dask et distributed (Pixelwise ▸ Installer les paquets Python…, ou pip install "dask[distributed]"), ou laissez DASK_SCHEDULER vide</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="163"/>
            <source>no Dask scheduler answered at {address} ({error})</source>
            <translation>aucun ordonnanceur Dask n'a répondu à {address} ({error})</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="164"/>
            <source>Start one (dask scheduler) with its workers, or check the address and port</source>
            <translation>Démarrez-en un (dask scheduler) avec ses travailleurs, ou vérifiez l'adresse et le port</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="170"/>
            <source>the Dask scheduler at {address} has no workers</source>
            <translation>l'ordonnanceur Dask à {address} n'a aucun travailleur</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="171"/>
            <source>Start some: dask worker {address}</source>
            <translation>Démarrez-en : dask worker {address}</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="374"/>
            <source>the Dask worker {worker} does not see {path!r} as this computer does</source>
            <translation>le travailleur Dask {worker} ne voit pas {path!r} comme cet ordinateur</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="441"/>
            <source>part {index} of {count} (rows {first}–{stop}) failed {tries} time(s), last on the Dask worker {worker}: {error}</source>
            <translation>la partie {index} sur {count} (lignes {first}–{stop}) a échoué {tries} fois, la dernière sur le travailleur Dask {worker} : {error}</translation>
        </message>
        <message>
            <location filename="../engine/distributed.py" line="443"/>
            <source>Nothing was written to the output. Fix what the error says and run again</source>
            <translation>Rien n'a été écrit en sortie. Corrigez ce que dit l'erreur et relancez</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="82"/>
            <source>{value!r} is not a coordinate system a raster can be projected into</source>
            <translation>{value!r} n'est pas un système de coordonnées dans lequel un raster peut être projeté</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="83"/>
            <source>Choose a projected or geographic CRS, e.g. EPSG:2056</source>
            <translation>Choisissez un SCR projeté ou géographique, par ex. EPSG:2056</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="93"/>
            <source>{name} has no georeference, so there is no grid to snap to</source>
            <translation>{name} n'a pas de géoréférence, il n'y a donc pas de grille sur laquelle s'accrocher</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="94"/>
            <source>Choose a georeferenced raster, or leave SNAP_RASTER unset</source>
            <translation>Choisissez un raster géoréférencé, ou laissez SNAP_RASTER vide</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="97"/>
            <source>{name} is rotated; cells can only snap to a north-up grid</source>
            <translation>{name} est tourné ; les cellules ne peuvent s'accrocher qu'à une grille orientée au nord</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="98"/>
            <source>Choose a north-up raster</source>
            <translation>Choisissez un raster orienté au nord</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="115"/>
            <source>IN_RASTER has no coordinate system, so it cannot be projected or snapped</source>
            <translation>IN_RASTER n'a pas de système de coordonnées, il ne peut donc être ni projeté ni accroché</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="117"/>
            <source>Assign the raster its CRS, or leave OUT_SR and SNAP_RASTER unset</source>
            <translation>Attribuez son SCR au raster, ou laissez OUT_SR et SNAP_RASTER vides</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="209"/>
            <source>{value!r} is neither a number of processes nor a percentage of the cores</source>
            <translation>{value!r} n'est ni un nombre de processus ni un pourcentage des cœurs</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="210"/>
            <source>Write a whole number such as 4, or a percentage such as 50%</source>
            <translation>Écrivez un nombre entier comme 4, ou un pourcentage comme 50%</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="228"/>
            <source>must be a whole number of retries, 0 or more (got {value})</source>
            <translation>doit être un nombre entier de tentatives, 0 ou plus (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/environment.py" line="229"/>
            <source>Set it to 0 (fail at once), 1 or more</source>
            <translation>Mettez 0 (échouer tout de suite), 1 ou plus</translation>
        </message>
        <message>
            <location filename="../engine/errors.py" line="116"/>
            <source>Cancelled by the user; the output was left as it was before the run.</source>
            <translation>Annulé par l'utilisateur ; la sortie est restée telle qu'elle était avant l'exécution.</translation>
        </message>
        <message>
            <location filename="../engine/export/chips.py" line="54"/>
            <source>must be 0 (no rotation) or between 0 and 360 degrees (got {angle})</source>
            <translation>doit valoir 0 (pas de rotation) ou être compris entre 0 et 360 degrés (reçu {angle})</translation>
        </message>
        <message>
            <location filename="../engine/export/chips.py" line="55"/>
            <source>Use e.g. 90 for four copies of every chip, or 0</source>
            <translation>Utilisez p. ex. 90 pour quatre copies de chaque imagette, ou 0</translation>
        </message>
        <message>
            <location filename="../engine/export/chips.py" line="58"/>
            <source>{angle}° would write {n} copies of every chip</source>
            <translation>{angle}° écrirait {n} copies de chaque imagette</translation>
        </message>
        <message>
            <location filename="../engine/export/chips.py" line="59"/>
            <source>Use 1 degree or more</source>
            <translation>Utilisez 1 degré ou plus</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="72"/>
            <source>unknown value {value!r}</source>
            <translation>valeur inconnue {value!r}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="72"/>
            <source>Use one of {allowed}</source>
            <translation>Utilisez l'une des valeurs {allowed}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="114"/>
            <source>OUT_FOLDER holds an export made with {before} (bands), this run asks for {now}; appending would mix them</source>
            <translation>OUT_FOLDER contient un export fait avec {before} (bandes), cette exécution demande {now} ; ajouter mélangerait les deux</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="116"/>
            <source>OUT_FOLDER holds an export made with {before} (value), this run asks for {now}; appending would mix them</source>
            <translation>OUT_FOLDER contient un export fait avec {before} (valeur), cette exécution demande {now} ; ajouter mélangerait les deux</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="118"/>
            <source>Use the same settings as the earlier export, or a new OUT_FOLDER</source>
            <translation>Utilisez les mêmes paramètres que l'export précédent, ou un nouveau OUT_FOLDER</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="122"/>
            <source>{start_index} would reuse chip numbers of the export in OUT_FOLDER, which continues at {next_index}</source>
            <translation>{start_index} réutiliserait des numéros d'imagettes de l'export de OUT_FOLDER, qui continue à {next_index}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="124"/>
            <source>Leave START_INDEX at 0 to continue at {next_index}, or set it to at least {next_index}</source>
            <translation>Laissez START_INDEX à 0 pour continuer à {next_index}, ou donnez-lui au moins {next_index}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="151"/>
            <source>is not used by {metadata_format}</source>
            <translation>n'est pas utilisé par {metadata_format}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="152"/>
            <source>Leave it empty, or use {in_raster2_formats}</source>
            <translation>Laissez-le vide, ou utilisez {in_raster2_formats}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="156"/>
            <source>pairs with one image, but IN_RASTER holds several processed separately</source>
            <translation>s'apparie à une seule image, mais IN_RASTER en contient plusieurs traitées séparément</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="157"/>
            <source>Give one IN_RASTER, or PROCESSING_MODE=PROCESS_AS_MOSAICKED_IMAGE</source>
            <translation>Indiquez un seul IN_RASTER, ou PROCESSING_MODE=PROCESS_AS_MOSAICKED_IMAGE</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="162"/>
            <source>Panoptic_Segmentation needs instance polygons</source>
            <translation>Panoptic_Segmentation demande des polygones d'instances</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="163"/>
            <source>Give a polygon layer with the objects (e.g. buildings) and its class field</source>
            <translation>Fournissez une couche de polygones avec les objets (p. ex. des bâtiments) et son champ de classe</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="169"/>
            <source>must be polygons, not a raster</source>
            <translation>doit être des polygones, pas un raster</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="170"/>
            <source>Give a polygon layer with one feature per object</source>
            <translation>Fournissez une couche de polygones avec une entité par objet</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="179"/>
            <source>{name} has {count} band(s) of {dtype}, {first_name} {first_count} of {first_dtype}; one export holds one kind of chip</source>
            <translation>{name} a {count} bande(s) de type {dtype}, {first_name} {first_count} de type {first_dtype} ; un export contient un seul genre d'imagette</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="182"/>
            <source>Export them into separate folders</source>
            <translation>Exportez-les dans des dossiers séparés</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="187"/>
            <source>{name} and {first_name} have different CRSs, so their chips cannot share one map-space export</source>
            <translation>{name} et {first_name} ont des SCR différents, leurs imagettes ne peuvent donc pas partager un export en espace carte</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="190"/>
            <source>Reproject them to one CRS, or use REFERENCE_SYSTEM=PIXEL_SPACE</source>
            <translation>Reprojetez-les dans un même SCR, ou utilisez REFERENCE_SYSTEM=PIXEL_SPACE</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="196"/>
            <source>none of its features touches any of the {count} rasters</source>
            <translation>aucune de ses entités ne touche l'un des {count} rasters</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="197"/>
            <source>Check that the labels cover the images and have the right CRS</source>
            <translation>Vérifiez que les étiquettes couvrent les images et ont le bon SCR</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="233"/>
            <source>{stride} is larger than TILE_SIZE_{axis} ({tile}), so a {gap}-pixel strip between chips would go into no chip</source>
            <translation>{stride} est plus grand que TILE_SIZE_{axis} ({tile}), une bande de {gap} pixels entre les imagettes n'irait donc dans aucune imagette</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="235"/>
            <source>Use a stride of at most {tile} (equal: chips side by side; less: overlap)</source>
            <translation>Utilisez un pas d'au plus {tile} (égal : imagettes côte à côte ; inférieur : chevauchement)</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="251"/>
            <source>must be 0 or more (got {start_index})</source>
            <translation>doit valoir 0 ou plus (reçu {start_index})</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="252"/>
            <source>Use 0 to number from the start, or continue an earlier export</source>
            <translation>Utilisez 0 pour numéroter depuis le début, ou continuez un export précédent</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="255"/>
            <source>must be a whole number from 1 to 9 (got {level})</source>
            <translation>doit être un nombre entier de 1 à 9 (reçu : {level})</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="256"/>
            <source>Use 1 for the fastest export, 9 for the smallest PNG files</source>
            <translation>Utilisez 1 pour l'export le plus rapide, 9 pour les fichiers PNG les plus petits</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="260"/>
            <source>must be between 0 and 1 (got {ratio})</source>
            <translation>doit être compris entre 0 et 1 (reçu {ratio})</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="261"/>
            <source>Use e.g. 0.3 to drop slivers under 30 % of a feature, or 0 to keep all</source>
            <translation>Utilisez p. ex. 0.3 pour écarter les éclats de moins de 30 % d'une entité, ou 0 pour tout garder</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="268"/>
            <source>no raster given</source>
            <translation>aucun raster fourni</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="268"/>
            <source>Give one raster, or several</source>
            <translation>Fournissez un raster, ou plusieurs</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="289"/>
            <source>MAP_SPACE needs a raster with a coordinate reference system, and {name} has none</source>
            <translation>MAP_SPACE demande un raster avec un système de coordonnées de référence, et {name} n'en a pas</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="291"/>
            <source>Use REFERENCE_SYSTEM=PIXEL_SPACE, or assign the raster its CRS</source>
            <translation>Utilisez REFERENCE_SYSTEM=PIXEL_SPACE, ou attribuez son SCR au raster</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="337"/>
            <source>{count} band(s) of {dtype} do not fit {chip_format} chips</source>
            <translation>{count} bande(s) de type {dtype} ne tiennent pas dans des imagettes {chip_format}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="353"/>
            <source>{tile} is larger than the raster ({name}: {width} × {height} pixels), so EDGE_POLICY=DROP would drop every chip</source>
            <translation>{tile} est plus grand que le raster ({name} : {width} × {height} pixels), EDGE_POLICY=DROP écarterait donc toutes les imagettes</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="355"/>
            <source>Use a tile size of at most {size}, or EDGE_POLICY=PAD to write chips padded with NoData</source>
            <translation>Utilisez une taille de tuile d'au plus {size}, ou EDGE_POLICY=PAD pour écrire des imagettes complétées par des NoData</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="366"/>
            <source>{metadata_format} needs labels</source>
            <translation>{metadata_format} demande des étiquettes</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="367"/>
            <location filename="../engine/export/exporter.py" line="386"/>
            <source>Give a polygon or point layer, or a class raster</source>
            <translation>Fournissez une couche de polygones ou de points, ou un raster de classes</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="377"/>
            <source>{metadata_format} needs polygon or point labels, not a class raster</source>
            <translation>{metadata_format} demande des étiquettes polygones ou points, pas un raster de classes</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="378"/>
            <source>Use Classified_Tiles or MultiLabeled_Tiles for a class raster, or polygons</source>
            <translation>Utilisez Classified_Tiles ou MultiLabeled_Tiles pour un raster de classes, ou des polygones</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="385"/>
            <source>unsupported label type {kind}</source>
            <translation>type d'étiquettes non pris en charge {kind}</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="403"/>
            <source>holds no feature with a geometry and a class value above 0</source>
            <translation>ne contient aucune entité avec une géométrie et une valeur de classe supérieure à 0</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="404"/>
            <source>Check {field} and the layer's features</source>
            <translation>Vérifiez {field} et les entités de la couche</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="416"/>
            <source>class values above 65535 cannot be stored in label chips</source>
            <translation>les valeurs de classes supérieures à 65535 ne peuvent pas être stockées dans les imagettes d'étiquettes</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="417"/>
            <location filename="../engine/export/sources.py" line="186"/>
            <source>Renumber the classes to 1…65535</source>
            <translation>Renumérotez les classes de 1 à 65535</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="432"/>
            <source>none of its {count} features touches IN_RASTER ({name}: export area {bounds}, in the raster's CRS)</source>
            <translation>aucune de ses {count} entités ne touche IN_RASTER ({name} : zone d'export {bounds}, dans le SCR du raster)</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="434"/>
            <source>Check that the labels cover the image and that both layers have the right CRS</source>
            <translation>Vérifiez que les étiquettes couvrent l'image et que les deux couches ont le bon SCR</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="643"/>
            <source>adds classes whose values sort between the earlier export's, which would renumber its YOLO class ids</source>
            <translation>ajoute des classes dont les valeurs s'intercalent entre celles de l'export précédent, ce qui renumérotrait ses identifiants de classes YOLO</translation>
        </message>
        <message>
            <location filename="../engine/export/exporter.py" line="645"/>
            <source>Give new classes values above the earlier ones, or export into a new OUT_FOLDER</source>
            <translation>Donnez aux nouvelles classes des valeurs supérieures aux précédentes, ou exportez dans un nouveau OUT_FOLDER</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="51"/>
            <source>{path!r} is a file, not a folder</source>
            <translation>{path!r} est un fichier, pas un dossier</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="52"/>
            <source>Choose a new folder, an empty one, or one holding an earlier export</source>
            <translation>Choisissez un nouveau dossier, un dossier vide ou un dossier contenant un export précédent</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="59"/>
            <source>holds files that are not a training-data export ({shown})</source>
            <translation>contient des fichiers qui ne sont pas un export de données d'entraînement ({shown})</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="60"/>
            <source>Choose a new or empty folder, or a folder holding an earlier export to append to</source>
            <translation>Choisissez un dossier nouveau ou vide, ou un dossier contenant un export précédent à compléter</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="72"/>
            <source>holds an export whose metadata cannot be read ({err})</source>
            <translation>contient un export dont les métadonnées ne peuvent pas être lues ({err})</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="73"/>
            <location filename="../engine/export/folder.py" line="76"/>
            <source>Choose another folder; this one was left untouched</source>
            <translation>Choisissez un autre dossier ; celui-ci n'a pas été modifié</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="75"/>
            <source>{stats_file} has no MetaDataMode</source>
            <translation>{stats_file} n'a pas de MetaDataMode</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="88"/>
            <location filename="../engine/train/trainer.py" line="317"/>
            <source>cannot write in {parent!r} ({strerror})</source>
            <translation>impossible d'écrire dans {parent!r} ({strerror})</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="89"/>
            <location filename="../engine/outputs.py" line="80"/>
            <location filename="../engine/outputs.py" line="84"/>
            <location filename="../engine/raster_io.py" line="808"/>
            <location filename="../engine/train/trainer.py" line="318"/>
            <source>Choose a folder you can write to</source>
            <translation>Choisissez un dossier dans lequel vous pouvez écrire</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="179"/>
            <source>holds an unreadable {journal} left by an interrupted run</source>
            <translation>contient un {journal} illisible laissé par une exécution interrompue</translation>
        </message>
        <message>
            <location filename="../engine/export/folder.py" line="180"/>
            <source>Remove that file after checking the folder, or choose another folder</source>
            <translation>Supprimez ce fichier après avoir vérifié le dossier, ou choisissez un autre dossier</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="53"/>
            <source>{metadata_format} cuts one chip per feature, which is not split into parts by grid rows</source>
            <translation>{metadata_format} découpe une imagette par entité, ce qui ne se répartit pas en parties par lignes de la grille</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="54"/>
            <source>Run it as one export</source>
            <translation>Exécutez-le comme un seul export</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="57"/>
            <source>parts split one raster or one mosaic, not several rasters processed separately</source>
            <translation>les parties divisent un raster ou une mosaïque, pas plusieurs rasters traités séparément</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="58"/>
            <source>Use PROCESS_AS_MOSAICKED_IMAGE, or one job per raster</source>
            <translation>Utilisez PROCESS_AS_MOSAICKED_IMAGE, ou une tâche par raster</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="87"/>
            <source>rows {first}–{stop} are not in the chip grid</source>
            <translation>les lignes {first}–{stop} ne sont pas dans la grille des imagettes</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="88"/>
            <source>Take the parts from plan_export_parts with the same settings</source>
            <translation>Prenez les parties issues de plan_export_parts avec les mêmes paramètres</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="92"/>
            <source>{folder!r} holds files that are not an export part</source>
            <translation>{folder!r} contient des fichiers qui ne sont pas une partie d'export</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="113"/>
            <source>{path!r} holds no finished export part</source>
            <translation>{path!r} ne contient aucune partie d'export terminée</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="114"/>
            <source>Run export_part for it first</source>
            <translation>Exécutez d'abord export_part pour celle-ci</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="115"/>
            <source>{path!r} was cut with other settings than this merge</source>
            <translation>{path!r} a été découpé avec d'autres paramètres que cette fusion</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="116"/>
            <source>Merge the parts with the configuration they were cut with</source>
            <translation>Fusionnez les parties avec la configuration avec laquelle elles ont été découpées</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="121"/>
            <source>rows {start}–{stop} of the chip grid are in no part</source>
            <translation>les lignes {start}–{stop} de la grille des imagettes ne sont dans aucune partie</translation>
        </message>
        <message>
            <location filename="../engine/export/parts.py" line="122"/>
            <source>Merge exactly the parts from plan_export_parts</source>
            <translation>Fusionnez exactement les parties issues de plan_export_parts</translation>
        </message>
        <message>
            <location filename="../engine/export/sources.py" line="168"/>
            <source>the class raster's attribute table or category names: {err}</source>
            <translation>la table attributaire ou les noms de catégories du raster de classes : {err}</translation>
        </message>
        <message>
            <location filename="../engine/export/sources.py" line="169"/>
            <source>Remove them from the class names</source>
            <translation>Retirez-les des noms de classes</translation>
        </message>
        <message>
            <location filename="../engine/export/sources.py" line="185"/>
            <source>class value {value} is above 65535</source>
            <translation>la valeur de classe {value} dépasse 65535</translation>
        </message>
        <message>
            <location filename="../engine/geometry.py" line="55"/>
            <source>has no coordinate reference system, so it cannot be placed on IN_RASTER ({crs})</source>
            <translation>n'a pas de système de coordonnées de référence, elle ne peut donc pas être placée sur IN_RASTER ({crs})</translation>
        </message>
        <message>
            <location filename="../engine/geometry.py" line="56"/>
            <source>Assign the layer its CRS (Layer Properties &gt; Source &gt; Assigned Coordinate Reference System), e.g. the raster's</source>
            <translation>Attribuez son SCR à la couche (Propriétés de la couche &gt; Source &gt; Système de coordonnées de référence assigné), p. ex. celui du raster</translation>
        </message>
        <message>
            <location filename="../engine/geometry.py" line="62"/>
            <source>has no coordinate reference system, so labels in {crs} cannot be placed on it</source>
            <translation>n'a pas de système de coordonnées de référence, les étiquettes en {crs} ne peuvent donc pas y être placées</translation>
        </message>
        <message>
            <location filename="../engine/grid.py" line="68"/>
            <source>must be a whole number of pixels, at least 1 (got {value})</source>
            <translation>doit être un nombre entier de pixels, au moins 1 (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/grid.py" line="69"/>
            <source>Set it to 1 or more, e.g. 256 for tiles and 128 for strides</source>
            <translation>Donnez-lui 1 ou plus, p. ex. 256 pour les tuiles et 128 pour les pas</translation>
        </message>
        <message>
            <location filename="../engine/grid.py" line="71"/>
            <source>unknown value {edge_policy!r}</source>
            <translation>valeur inconnue {edge_policy!r}</translation>
        </message>
        <message>
            <location filename="../engine/grid.py" line="72"/>
            <source>Use one of {edge_policies}</source>
            <translation>Utilisez l'une des valeurs {edge_policies}</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="61"/>
            <source>{what} holds {size} characters of JSON, more than a model definition needs ({limit})</source>
            <translation>{what} contient {size} caractères de JSON, plus qu’il n’en faut à une définition de modèle ({limit})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="62"/>
            <source>Check that this is the model definition and not another file</source>
            <translation>Vérifiez qu’il s’agit bien de la définition du modèle et non d’un autre fichier</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="67"/>
            <source>{what} is not valid JSON (line {lineno}, column {colno}: {msg})</source>
            <translation>{what} n'est pas un JSON valide (ligne {lineno}, colonne {colno} : {msg})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="68"/>
            <source>Fix the JSON; a model definition is one JSON object</source>
            <translation>Corrigez le JSON ; une définition de modèle est un unique objet JSON</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="71"/>
            <source>{what} holds {constant}, which is not a number JSON allows</source>
            <translation>{what} contient {constant}, qui n’est pas un nombre admis par JSON</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="72"/>
            <source>Replace it with a number, or leave the field out where a value may be missing</source>
            <translation>Remplacez-le par un nombre, ou omettez le champ là où une valeur peut manquer</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="75"/>
            <source>{what} is nested too deeply</source>
            <translation>{what} est imbriqué trop profondément</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="75"/>
            <location filename="../engine/model_fields.py" line="84"/>
            <source>A model definition is nested a few levels deep; check the file</source>
            <translation>Une définition de modèle n’a que quelques niveaux d’imbrication ; vérifiez le fichier</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="84"/>
            <source>{what} is nested more than {limit} levels deep</source>
            <translation>{what} a plus de {limit} niveaux d’imbrication</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="92"/>
            <location filename="../engine/model_fields.py" line="97"/>
            <source>{key} must be a number (got {value})</source>
            <translation>{key} doit être un nombre (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="92"/>
            <source>Set {key} to a number</source>
            <translation>Donnez à {key} une valeur numérique</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="98"/>
            <source>Replace the placeholder in {key} with a number</source>
            <translation>Remplacez l'espace réservé de {key} par un nombre</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="101"/>
            <source>{key} must be a finite number (got {value})</source>
            <translation>{key} doit être un nombre fini (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="102"/>
            <source>Set {key} to a finite number</source>
            <translation>Donnez à {key} un nombre fini</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="110"/>
            <source>{key} must be a whole number from {minimum} to {maximum} (got {value})</source>
            <translation>{key} doit être un nombre entier de {minimum} à {maximum} (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="111"/>
            <source>Fix {key} in the model definition</source>
            <translation>Corrigez {key} dans la définition du modèle</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="120"/>
            <source>{key} {value} is not a class value Pixelwise can write</source>
            <translation>{key} {value} n’est pas une valeur de classe que Pixelwise peut écrire</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="121"/>
            <source>Class values are whole numbers from 0 to {maximum}; renumber the classes</source>
            <translation>Les valeurs de classe sont des entiers de 0 à {maximum} ; renumérotez les classes</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="133"/>
            <source>{key} must be [red, green, blue] (got {value})</source>
            <translation>{key} doit être [rouge, vert, bleu] (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="134"/>
            <source>Give three whole numbers from 0 to 255, e.g. [255, 0, 0]</source>
            <translation>Donnez trois entiers de 0 à 255, par ex. [255, 0, 0]</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="144"/>
            <source>{key} must be true or false (got {value})</source>
            <translation>{key} doit être true ou false (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="145"/>
            <source>Write {key} as true or false</source>
            <translation>Écrivez {key} sous la forme true ou false</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="154"/>
            <source>{key} must be text (got {value})</source>
            <translation>{key} doit être du texte (reçu {value})</translation>
        </message>
        <message>
            <location filename="../engine/model_fields.py" line="154"/>
            <source>Write {key} as a JSON string</source>
            <translation>Écrivez {key} comme chaîne JSON</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="45"/>
            <source>NormalizationStats {name} has {value_count} values, but the raster has {raster_band_count} bands and the model uses {band_count}</source>
            <translation>NormalizationStats {name} a {value_count} valeurs, mais le raster a {raster_band_count} bandes et le modèle en utilise {band_count}</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="47"/>
            <source>Give one value per raster band or one per model band</source>
            <translation>Donnez une valeur par bande du raster ou une par bande du modèle</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="57"/>
            <source>NormalizationStats has a band whose min equals its max</source>
            <translation>NormalizationStats a une bande dont le minimum est égal au maximum</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="58"/>
            <source>Fix band_min_values/band_max_values in the model definition</source>
            <translation>Corrigez band_min_values/band_max_values dans la définition du modèle</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="72"/>
            <source>NormalizationStats give a scale or offset beyond single-precision floats</source>
            <translation>NormalizationStats donne un facteur ou un décalage hors des flottants simple précision</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="73"/>
            <source>Check the statistics: they are far outside what pixel values need</source>
            <translation>Vérifiez les statistiques : elles sont très loin de ce qu’exigent des valeurs de pixels</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="79"/>
            <source>NormalizationStats {name} holds a 0</source>
            <translation>NormalizationStats {name} contient un 0</translation>
        </message>
        <message>
            <location filename="../engine/normalization.py" line="80"/>
            <source>Standard deviations must be non-zero</source>
            <translation>Les écarts-types doivent être non nuls</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="79"/>
            <source>cannot create the folder {folder!r} ({strerror})</source>
            <translation>impossible de créer le dossier {folder!r} ({strerror})</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="84"/>
            <source>cannot write in {folder!r}</source>
            <translation>impossible d'écrire dans {folder!r}</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="105"/>
            <source>the disk holding {where!r} is full</source>
            <translation>le disque contenant {where!r} est plein</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="106"/>
            <source>Free some space there or choose another location; what was there before the run is unchanged</source>
            <translation>Libérez de l'espace à cet endroit ou choisissez un autre emplacement ; ce qui s'y trouvait avant l'exécution est inchangé</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="109"/>
            <source>writing into {where!r} failed ({detail})</source>
            <translation>l'écriture dans {where!r} a échoué ({detail})</translation>
        </message>
        <message>
            <location filename="../engine/outputs.py" line="110"/>
            <source>Check the free space and permissions there; what was there before the run is unchanged</source>
            <translation>Vérifiez l'espace libre et les droits d'accès à cet endroit ; ce qui s'y trouvait avant l'exécution est inchangé</translation>
        </message>
        <message>
            <location filename="../engine/parts.py" line="24"/>
            <source>must be a whole number of at least 1 (got {n_parts})</source>
            <translation>doit être un nombre entier d'au moins 1 (reçu {n_parts})</translation>
        </message>
        <message>
            <location filename="../engine/parts.py" line="25"/>
            <source>Use e.g. the number of workers</source>
            <translation>Utilisez p. ex. le nombre de processus de travail</translation>
        </message>
        <message>
            <location filename="../engine/parts.py" line="63"/>
            <source>{path!r} repeats rows {start}–{stop}</source>
            <translation>{path!r} répète les lignes {start}–{stop}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="123"/>
            <source>did not answer in time</source>
            <translation>n’a pas répondu à temps</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="124"/>
            <source>could not be reached</source>
            <translation>est injoignable</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="127"/>
            <source>the web service answered HTTP {status} for {url} (attempts: {tries})</source>
            <translation>le service web a répondu HTTP {status} pour {url} (tentatives : {tries})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="128"/>
            <source>Check that the service is up and that EXTENT lies inside its coverage</source>
            <translation>Vérifiez que le service fonctionne et que EXTENT est dans sa couverture</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="129"/>
            <location filename="../engine/raster_io.py" line="132"/>
            <source>its URL</source>
            <translation>son URL</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="130"/>
            <source>the web service {what}: {url} (attempts: {tries})</source>
            <translation>le service web {what} : {url} (tentatives : {tries})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="131"/>
            <source>Check the network and the service; QGIS's network timeout (Settings &gt; Options &gt; Network) applies</source>
            <translation>Vérifiez le réseau et le service ; le délai réseau de QGIS (Préférences &gt; Options &gt; Réseau) s’applique</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="134"/>
            <source>reading {name} failed ({detail}): the file is truncated or damaged</source>
            <translation>la lecture de {name} a échoué ({detail}) : le fichier est tronqué ou endommagé</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="135"/>
            <source>Re-create or re-download it; 'gdalinfo -checksum' shows whether every block can be read</source>
            <translation>Recréez-le ou téléchargez-le à nouveau ; 'gdalinfo -checksum' indique si chaque bloc peut être lu</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="182"/>
            <source>cannot open {path!r} as a raster ({first_line})</source>
            <translation>impossible d'ouvrir {path!r} comme raster ({first_line})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="183"/>
            <source>Choose a raster file GDAL can read</source>
            <translation>Choisissez un fichier raster que GDAL sait lire</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="193"/>
            <source>its CRS is not understood ({value})</source>
            <translation>son SCR n'est pas compris ({value})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="194"/>
            <source>Assign a valid CRS to the layer</source>
            <translation>Attribuez un SCR valide à la couche</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="278"/>
            <source>must be 0 (the raster's own) or positive (got {cell_size})</source>
            <translation>doit valoir 0 (celle du raster) ou être positive (reçu {cell_size})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="279"/>
            <source>Set a positive cell size in the raster's CRS units, or 0</source>
            <translation>Indiquez une taille de cellule positive dans les unités du SCR du raster, ou 0</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="282"/>
            <source>the raster has no bands</source>
            <translation>le raster n'a aucune bande</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="287"/>
            <source>cannot resample a raster without georeference</source>
            <translation>impossible de rééchantillonner un raster sans géoréférencement</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="288"/>
            <source>Leave CELL_SIZE at 0 for this raster</source>
            <translation>Laissez CELL_SIZE à 0 pour ce raster</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="330"/>
            <source>is empty ({xmin}, {ymin}, {xmax}, {ymax})</source>
            <translation>est vide ({xmin}, {ymin}, {xmax}, {ymax})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="331"/>
            <source>Give xmin &lt; xmax and ymin &lt; ymax, or leave it unset</source>
            <translation>Indiquez xmin &lt; xmax et ymin &lt; ymax, ou ne le renseignez pas</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="342"/>
            <source>does not overlap IN_RASTER (extent {extent}; raster {b})</source>
            <translation>ne recouvre pas IN_RASTER (emprise {extent} ; raster {b})</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="344"/>
            <source>Give an extent inside the raster, in the raster's CRS, or leave it unset</source>
            <translation>Indiquez une emprise à l'intérieur du raster, dans le SCR du raster, ou ne la renseignez pas</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="427"/>
            <source>one of the two rasters has no CRS, so they cannot be aligned</source>
            <translation>l'un des deux rasters n'a pas de SCR, ils ne peuvent donc pas être alignés</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="428"/>
            <source>Assign the same CRS to both rasters</source>
            <translation>Attribuez le même SCR aux deux rasters</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="553"/>
            <source>is not on the grid of IN_RASTER and the two rasters lack a CRS, so they cannot be aligned</source>
            <translation>n'est pas sur la grille de IN_RASTER et les deux rasters n'ont pas de SCR, ils ne peuvent donc pas être alignés</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="555"/>
            <source>Give both rasters a CRS, or the same grid</source>
            <translation>Donnez un SCR aux deux rasters, ou la même grille</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="574"/>
            <source>CRS</source>
            <translation>SCR</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="574"/>
            <source>band count</source>
            <translation>nombre de bandes</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="574"/>
            <source>data type</source>
            <translation>type de données</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="576"/>
            <source>{name} has another {what} than {first_name} ({value} vs {first_value}), so they cannot be mosaicked</source>
            <translation>{name} a un autre {what} que {first_name} ({value} contre {first_value}), ils ne peuvent donc pas être mosaïqués</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="578"/>
            <source>Use PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY, or make the rasters alike first</source>
            <translation>Utilisez PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY, ou rendez d'abord les rasters semblables</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="582"/>
            <source>{name} is rotated</source>
            <translation>{name} est pivoté</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="582"/>
            <source>Warp it north-up first</source>
            <translation>Rééchantillonnez-le d'abord orienté au nord</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="585"/>
            <source>the rasters have no CRS, so they cannot be placed in one mosaic</source>
            <translation>les rasters n'ont pas de SCR, ils ne peuvent donc pas être placés dans une même mosaïque</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="586"/>
            <source>Assign them their CRS, or use PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY</source>
            <translation>Attribuez-leur leur SCR, ou utilisez PROCESSING_MODE=PROCESS_ITEMS_SEPARATELY</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="655"/>
            <source>unknown format {chip_format!r}</source>
            <translation>format inconnu {chip_format!r}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="656"/>
            <source>Use one of {chip_formats}</source>
            <translation>Utilisez l'une des valeurs {chip_formats}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="660"/>
            <source>PNG holds 1 or 3 bands of 8- or 16-bit unsigned data, but IN_RASTER has {count} band(s) of {dtype}</source>
            <translation>PNG contient 1 ou 3 bandes de données non signées 8 ou 16 bits, mais IN_RASTER a {count} bande(s) de type {dtype}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="662"/>
            <location filename="../engine/raster_io.py" line="668"/>
            <source>Use TIFF or MRF, which keep every band and the data type</source>
            <translation>Utilisez TIFF ou MRF, qui conservent chaque bande et le type de données</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="666"/>
            <source>JPEG holds 1 or 3 bands of 8-bit unsigned data, but IN_RASTER has {count} band(s) of {dtype}</source>
            <translation>JPEG contient 1 ou 3 bandes de données non signées 8 bits, mais IN_RASTER a {count} bande(s) de type {dtype}</translation>
        </message>
        <message>
            <location filename="../engine/raster_io.py" line="807"/>
            <source>cannot create {path!r} ({detail})</source>
            <translation>impossible de créer {path!r} ({detail})</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="32"/>
            <source>GPU was chosen but this ONNX Runtime has no GPU provider (available: {available})</source>
            <translation>le GPU a été choisi mais cet ONNX Runtime n'a aucun fournisseur GPU (disponibles : {available})</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="34"/>
            <source>Install onnxruntime-gpu (NVIDIA) or onnxruntime-directml (Windows), or choose AUTO or CPU</source>
            <translation>Installez onnxruntime-gpu (NVIDIA) ou onnxruntime-directml (Windows), ou choisissez AUTO ou CPU</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="35"/>
            <location filename="../processing_provider/compute_accuracy.py" line="223"/>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="120"/>
            <source>{name} is not a valid ONNX model ONNX Runtime can load ({detail})</source>
            <translation>{name} n'est pas un modèle ONNX valide que ONNX Runtime peut charger ({detail})</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="121"/>
            <source>Export the model again (torch.onnx.export, opset 11 or later) or choose another file</source>
            <translation>Exportez à nouveau le modèle (torch.onnx.export, opset 11 ou ultérieur) ou choisissez un autre fichier</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="125"/>
            <source>GPU was chosen but {requested} could not start ({reason}); ONNX Runtime fell back to the CPU</source>
            <translation>GPU a été choisi mais {requested} n’a pas pu démarrer ({reason}) ; ONNX Runtime s’est rabattu sur le CPU</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="127"/>
            <source>Install the CUDA and cuDNN versions your onnxruntime-gpu needs, or choose AUTO or CPU</source>
            <translation>Installez les versions de CUDA et cuDNN requises par votre onnxruntime-gpu, ou choisissez AUTO ou CPU</translation>
        </message>
        <message>
            <location filename="../engine/session.py" line="129"/>
            <source>missing CUDA/cuDNN libraries or no GPU</source>
            <translation>bibliothèques CUDA/cuDNN manquantes ou pas de GPU</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="44"/>
            <source>Choose the folder of a Classified_Tiles export (Export Training Data For Deep Learning with METADATA_FORMAT=Classified_Tiles): the folder holding map.txt, images/ and labels/</source>
            <translation>Choisissez le dossier d'un export Classified_Tiles (Exporter les données d'entraînement pour l'apprentissage profond avec METADATA_FORMAT=Classified_Tiles) : le dossier contenant map.txt, images/ et labels/</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="109"/>
            <source>{name} cannot be read ({err})</source>
            <translation>{name} ne peut pas être lu ({err})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="110"/>
            <location filename="../engine/train/dataset.py" line="113"/>
            <location filename="../engine/train/dataset.py" line="320"/>
            <source>Export the training data again</source>
            <translation>Exportez à nouveau les données d'entraînement</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="112"/>
            <source>{name} is not a JSON object</source>
            <translation>{name} n'est pas un objet JSON</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="121"/>
            <source>{folder!r} is not a folder</source>
            <translation>{folder!r} n'est pas un dossier</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="127"/>
            <source>{folder!r} is not a training-data export (it has no {first})</source>
            <translation>{folder!r} n'est pas un export de données d'entraînement (il n'a pas de {first})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="129"/>
            <source>{folder!r} is not a training-data export (it has no {first} and no {second})</source>
            <translation>{folder!r} n'est pas un export de données d'entraînement (il n'a ni {first} ni {second})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="131"/>
            <source>{folder!r} is not a training-data export (it has no {first} and no {second} and no {third})</source>
            <translation>{folder!r} n'est pas un export de données d'entraînement (il n'a ni {first}, ni {second}, ni {third})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="138"/>
            <source>holds a {mode} export, not Classified_Tiles</source>
            <translation>contient un export {mode}, pas Classified_Tiles</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="139"/>
            <source>holds a training-data export, not Classified_Tiles</source>
            <translation>contient un export de données d'entraînement, pas Classified_Tiles</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="140"/>
            <source>Pixel classification trains on class-raster chips: export with METADATA_FORMAT=Classified_Tiles</source>
            <translation>La classification de pixels s'entraîne sur des imagettes de raster de classes : exportez avec METADATA_FORMAT=Classified_Tiles</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="148"/>
            <source>the export lists no classes (no Classes in its EMD or stats JSON)</source>
            <translation>l'export ne liste aucune classe (pas de Classes dans son EMD ni dans son JSON de statistiques)</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="149"/>
            <source>Export the training data again with class labels</source>
            <translation>Exportez à nouveau les données d'entraînement avec des étiquettes de classes</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="158"/>
            <source>class {number} of the export has no whole-number Value ({raw!r})</source>
            <translation>la classe {number} de l'export n'a pas de Value entière ({raw!r})</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="159"/>
            <location filename="../engine/train/dataset.py" line="169"/>
            <source>Fix Classes in esri_model_definition.emd</source>
            <translation>Corrigez Classes dans esri_model_definition.emd</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="165"/>
            <source>Classes: {err}</source>
            <translation>Classes : {err}</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="165"/>
            <source>Rename the class in the export's EMD</source>
            <translation>Renommez la classe dans l'EMD de l'export</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="168"/>
            <source>class value {value} appears twice in the export's classes</source>
            <translation>la valeur de classe {value} apparaît deux fois dans les classes de l'export</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="187"/>
            <source>the export has only class {value} ({name!r}); a pixel classifier needs at least two classes</source>
            <translation>l'export n'a que la classe {value} ({name!r}) ; un classificateur de pixels demande au moins deux classes</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="189"/>
            <source>the export has no class other than 0; a pixel classifier needs at least two classes</source>
            <translation>l'export n'a aucune classe autre que 0 ; un classificateur de pixels demande au moins deux classes</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="191"/>
            <source>Export with a class field that has two or more values (label the background as a class of its own if needed)</source>
            <translation>Exportez avec un champ de classe qui a deux valeurs ou plus (étiquetez le fond comme une classe à part entière si nécessaire)</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="209"/>
            <source>its {map_file} lists no image and label chips</source>
            <translation>son {map_file} ne liste aucune imagette d'image et d'étiquette</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="210"/>
            <source>Export the training data again with METADATA_FORMAT=Classified_Tiles</source>
            <translation>Exportez à nouveau les données d'entraînement avec METADATA_FORMAT=Classified_Tiles</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="233"/>
            <source>label chip {name} has {count} bands</source>
            <translation>l'imagette d'étiquette {name} a {count} bandes</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="234"/>
            <source>Classified_Tiles labels are single-band class rasters</source>
            <translation>Les étiquettes Classified_Tiles sont des rasters de classes à une bande</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="275"/>
            <source>its image chips hold no valid pixels</source>
            <translation>ses imagettes d'image ne contiennent aucun pixel valide</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="276"/>
            <source>Export the training data again from imagery with data</source>
            <translation>Exportez à nouveau les données d'entraînement depuis une imagerie contenant des données</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="310"/>
            <source>chip {token} is {width}×{height} pixels with {bands} band(s), the first chip {first_width}×{first_height} with {first_bands}</source>
            <translation>l'imagette {token} fait {width}×{height} pixels avec {bands} bande(s), la première imagette {first_width}×{first_height} avec {first_bands}</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="312"/>
            <source>Train on an export whose chips all have one size and band count</source>
            <translation>Entraînez sur un export dont toutes les imagettes ont la même taille et le même nombre de bandes</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="318"/>
            <source>the label of chip {token} is {label_width}×{label_height} pixels, the image {width}×{height}</source>
            <translation>l'étiquette de l'imagette {token} fait {label_width}×{label_height} pixels, l'image {width}×{height}</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="335"/>
            <source>none of the {count} chips listed in {map_file} exists</source>
            <translation>aucune des {count} imagettes listées dans {map_file} n'existe</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="336"/>
            <source>Export the training data again, or copy the images/ and labels/ folders too</source>
            <translation>Exportez à nouveau les données d'entraînement, ou copiez aussi les dossiers images/ et labels/</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="347"/>
            <source>the label chips hold only class {value} ({name!r}); a pixel classifier needs labelled pixels of at least two classes</source>
            <translation>les imagettes d'étiquettes ne contiennent que la classe {value} ({name!r}) ; un classificateur de pixels demande des pixels étiquetés d'au moins deux classes</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="349"/>
            <source>the label chips hold no class; a pixel classifier needs labelled pixels of at least two classes</source>
            <translation>les imagettes d'étiquettes ne contiennent aucune classe ; un classificateur de pixels demande des pixels étiquetés d'au moins deux classes</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="351"/>
            <source>Export labels with two or more classes</source>
            <translation>Exportez des étiquettes avec deux classes ou plus</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="377"/>
            <source>holds {count} usable chip; training needs at least two (one is held out for validation)</source>
            <translation>contient {count} imagette utilisable ; l'entraînement en demande au moins deux (une est réservée à la validation)</translation>
        </message>
        <message>
            <location filename="../engine/train/dataset.py" line="378"/>
            <source>Export more chips (a smaller stride or tile size)</source>
            <translation>Exportez davantage d'imagettes (un pas ou une taille de tuile plus petits)</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="98"/>
            <source>must be at least 1 (got {width})</source>
            <translation>doit valoir au moins 1 (reçu {width})</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="98"/>
            <location filename="../engine/train/trainer.py" line="79"/>
            <source>Use 16 for a small model</source>
            <translation>Utilisez 16 pour un petit modèle</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="101"/>
            <source>must be at least 1 (got {depth})</source>
            <translation>doit valoir au moins 1 (reçu {depth})</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="101"/>
            <location filename="../engine/train/trainer.py" line="80"/>
            <source>Use 3 for a small model</source>
            <translation>Utilisez 3 pour un petit modèle</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="104"/>
            <source>{depth} down-samplings need chips of at least {pixels} pixels; these are {chip_width}×{height}</source>
            <translation>{depth} sous-échantillonnages demandent des imagettes d'au moins {pixels} pixels ; celles-ci font {chip_width}×{height}</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="106"/>
            <source>Use MODEL_DEPTH {max_depth} or less</source>
            <translation>Utilisez un MODEL_DEPTH de {max_depth} ou moins</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="121"/>
            <source>GPU was chosen but PyTorch {version} sees no CUDA GPU</source>
            <translation>le GPU a été choisi mais PyTorch {version} ne voit aucun GPU CUDA</translation>
        </message>
        <message>
            <location filename="../engine/train/network.py" line="123"/>
            <source>Install a CUDA build of PyTorch (pytorch.org) and the NVIDIA driver, or choose AUTO or CPU</source>
            <translation>Installez une version CUDA de PyTorch (pytorch.org) et le pilote NVIDIA, ou choisissez AUTO ou CPU</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="69"/>
            <source>must be a whole number of at least {minimum} (got {value!r})</source>
            <translation>doit être un nombre entier d'au moins {minimum} (reçu {value!r})</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="76"/>
            <source>Train at least one epoch, e.g. 20</source>
            <translation>Entraînez au moins une époque, p. ex. 20</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="77"/>
            <source>Use e.g. 8 chips per batch</source>
            <translation>Utilisez p. ex. 8 imagettes par lot</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="78"/>
            <source>Use e.g. 5 epochs, or 0 to train every epoch</source>
            <translation>Utilisez p. ex. 5 époques, ou 0 pour entraîner toutes les époques</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="81"/>
            <source>Use any whole number ≥ 0</source>
            <translation>Utilisez n'importe quel nombre entier ≥ 0</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="84"/>
            <source>must be a number ≥ 0 (got {rate!r})</source>
            <translation>doit être un nombre ≥ 0 (reçu {rate!r})</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="84"/>
            <source>Use e.g. 0.001</source>
            <translation>Utilisez p. ex. 0.001</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="88"/>
            <source>must be more than 0 and less than 100 (got {share!r})</source>
            <translation>doit être supérieur à 0 et inférieur à 100 (reçu {share!r})</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="89"/>
            <source>Use e.g. 10: one chip in ten is held out to measure the model</source>
            <translation>Utilisez p. ex. 10 : une imagette sur dix est mise de côté pour évaluer le modèle</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="95"/>
            <location filename="../engine/train/trainer.py" line="99"/>
            <source>Give a folder for the trained model</source>
            <translation>Indiquez un dossier pour le modèle entraîné</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="99"/>
            <source>{path!r} is a file</source>
            <translation>{path!r} est un fichier</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="104"/>
            <source>holds files that are not an earlier trained model ({others})</source>
            <translation>contient des fichiers qui ne sont pas un modèle entraîné précédemment ({others})</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="105"/>
            <source>Choose a new or empty folder, or the folder of an earlier Train Pixel Classifier run (its model files are replaced)</source>
            <translation>Choisissez un dossier nouveau ou vide, ou le dossier d'une exécution précédente de Entraîner un classificateur de pixels (ses fichiers de modèle sont remplacés)</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="304"/>
            <source>The exported ONNX model differs from the trained PyTorch model (by up to {difference:.3g}); nothing was written. Report this with the PyTorch version.</source>
            <translation>Le modèle ONNX exporté diffère du modèle PyTorch entraîné (de {difference:.3g} au plus) ; rien n'a été écrit. Signalez-le en indiquant la version de PyTorch.</translation>
        </message>
        <message>
            <location filename="../engine/train/trainer.py" line="400"/>
            <source>Cancelled by the user before the first epoch finished; nothing was written.</source>
            <translation>Annulé par l'utilisateur avant la fin de la première époque ; rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="357"/>
            <source>must be 0 (no limit) or positive (got {limit})</source>
            <translation>doit valoir 0 (pas de limite) ou être positif (reçu {limit})</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="358"/>
            <source>Give the most tiles a run may fetch, or 0</source>
            <translation>Indiquez le nombre maximal de tuiles qu’une exécution peut télécharger, ou 0</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="383"/>
            <source>'{name}' is a web or database layer, which has no cell grid of its own</source>
            <translation>« {name} » est une couche web ou de base de données, qui n'a pas de grille de cellules propre</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="384"/>
            <source>Choose a raster file as the snap raster</source>
            <translation>Choisissez un fichier raster comme raster d'accrochage</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="238"/>
            <source>{name!r} is not a GeoTIFF file name</source>
            <translation>{name!r} n'est pas un nom de fichier GeoTIFF</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="239"/>
            <source>Pixelwise writes GeoTIFF: give a .tif file name</source>
            <translation>Pixelwise écrit du GeoTIFF : indiquez un nom de fichier .tif</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="214"/>
            <location filename="../processing_provider/labels.py" line="154"/>
            <source>layer '{layer}' holds {geometry} geometries</source>
            <translation>la couche '{layer}' contient des géométries de type {geometry}</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="215"/>
            <source>Use polygons or a class raster as ground truth</source>
            <translation>Utilisez des polygones ou un raster de classes comme vérité terrain</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="220"/>
            <source>is empty and the polygons of '{layer}' have no field named 'value' or 'classvalue' (fields: {fields})</source>
            <translation>est vide et les polygones de '{layer}' n'ont pas de champ nommé 'value' ou 'classvalue' (champs : {fields})</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="222"/>
            <source>Choose the field that holds the reference classes</source>
            <translation>Choisissez le champ qui contient les classes de référence</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="227"/>
            <source>{value!r} does not load as a raster or polygon layer</source>
            <translation>{value!r} ne se charge pas comme couche raster ou polygone</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="228"/>
            <source>Give a class raster or a polygon layer</source>
            <translation>Fournissez un raster de classes ou une couche de polygones</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="390"/>
            <source>must be between 0 and 1 (got {overlap_ratio:g})</source>
            <translation>doit être compris entre 0 et 1 (reçu {overlap_ratio:g})</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="391"/>
            <source>Give the fraction of a feature's area that must lie inside a chip, or 0</source>
            <translation>Indiquez la fraction de la surface d'une entité qui doit se trouver dans une imagette, ou 0</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="405"/>
            <source>mixes web layers with other rasters</source>
            <translation>mélange des couches web et d’autres rasters</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="405"/>
            <source>Export the web layers and the other rasters in separate runs</source>
            <translation>Exportez les couches web et les autres rasters dans des exécutions séparées</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="75"/>
            <source>layer '{layer}' is neither a vector nor a raster layer</source>
            <translation>la couche '{layer}' n'est ni une couche vecteur ni une couche raster</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="76"/>
            <location filename="../processing_provider/labels.py" line="155"/>
            <source>Use polygons, points with a BUFFER_RADIUS, or a class raster.</source>
            <translation>Utilisez des polygones, des points avec un BUFFER_RADIUS, ou un raster de classes.</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="100"/>
            <source>field '{requested}' is not in {layer_key} (fields: {names})</source>
            <translation>le champ '{requested}' n'est pas dans {layer_key} (champs : {names})</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="101"/>
            <source>Choose one of them.</source>
            <translation>Choisissez-en un.</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="140"/>
            <source>must be 0 or more (got {buffer_radius:g})</source>
            <translation>doit valoir 0 ou plus (reçu {buffer_radius:g})</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="141"/>
            <source>Give the radius in the units of {layer_key}, or 0 for no buffer.</source>
            <translation>Indiquez le rayon dans les unités de {layer_key}, ou 0 pour aucun tampon.</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="146"/>
            <source>must be greater than 0 for the point layer '{layer}' given as {layer_key} (got {buffer_radius:g})</source>
            <translation>doit être supérieur à 0 pour la couche de points '{layer}' fournie comme {layer_key} (reçu {buffer_radius:g})</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="148"/>
            <source>Give the radius of the circle drawn around each point, in the units of the layer's CRS.</source>
            <translation>Indiquez le rayon du cercle tracé autour de chaque point, dans les unités du SCR de la couche.</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="160"/>
            <source>layer '{layer}' has no features</source>
            <translation>la couche '{layer}' n'a aucune entité</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="161"/>
            <source>Choose the layer that holds your labels (or clear its filter).</source>
            <translation>Choisissez la couche qui contient vos étiquettes (ou retirez son filtre).</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="190"/>
            <source>{reason} in field '{field_name}'</source>
            <translation>{reason} dans le champ '{field_name}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="191"/>
            <source>Remove them from the class names (Field Calculator: regexp_replace("field", '[\\x00-\\x1f]', ''))</source>
            <translation>Retirez-les des noms de classes (Calculatrice de champs : regexp_replace("field", '[\\x00-\\x1f]', ''))</translation>
        </message>
        <message>
            <location filename="../processing_provider/labels.py" line="193"/>
            <source>Use a field of whole numbers (0 = no class) or a text field.</source>
            <translation>Utilisez un champ de nombres entiers (0 = pas de classe) ou un champ texte.</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="211"/>
            <source>GDAL cannot open {name!r} with the options {options} ({detail})</source>
            <translation>GDAL ne peut pas ouvrir {name!r} avec les options {options} ({detail})</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="212"/>
            <source>Check the layer's open options (Layer Properties ▸ Source)</source>
            <translation>Vérifiez les options d’ouverture de la couche (Propriétés de la couche ▸ Source)</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="222"/>
            <source>is required for the web layer {layer!r} ({key}): a web service has no extent of its own</source>
            <translation>est requis pour la couche web {layer!r} ({key}) : un service web n’a pas d’emprise propre</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="224"/>
            <source>Set EXTENT to the area to read (in the dialog: 'Use Map Canvas Extent'; in qgis_process: EXTENT='xmin,xmax,ymin,ymax [EPSG:code]')</source>
            <translation>Donnez à EXTENT la zone à lire (dans la boîte de dialogue : « Utiliser l’emprise du canevas » ; avec qgis_process : EXTENT='xmin,xmax,ymin,ymax [EPSG:code]')</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="234"/>
            <source>reading {layer!r} over EXTENT at {level} needs {count} tiles ({cols} × {rows}), more than WEB_TILE_LIMIT ({limit})</source>
            <translation>lire {layer!r} sur EXTENT à {level} demande {count} tuiles ({cols} × {rows}), plus que WEB_TILE_LIMIT ({limit})</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="236"/>
            <source>Make EXTENT smaller, CELL_SIZE larger, or raise WEB_TILE_LIMIT (0: no limit) if the service allows it</source>
            <translation>Réduisez EXTENT, augmentez CELL_SIZE, ou relevez WEB_TILE_LIMIT (0 : pas de limite) si le service le permet</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="272"/>
            <source>the web layer {layer!r} has no valid CRS</source>
            <translation>la couche web {layer!r} n’a pas de SCR valide</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="273"/>
            <source>Set the layer's CRS (Layer Properties ▸ Source)</source>
            <translation>Définissez le SCR de la couche (Propriétés de la couche ▸ Source)</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="280"/>
            <source>the XYZ layer {layer!r} has no URL</source>
            <translation>la couche XYZ {layer!r} n’a pas d’URL</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="280"/>
            <source>Fix the layer's source</source>
            <translation>Corrigez la source de la couche</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="317"/>
            <source>is required for the {service} layer {layer!r}: the service draws maps at any resolution</source>
            <translation>est requis pour la couche {service} {layer!r} : le service dessine des cartes à toute résolution</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="318"/>
            <source>Set CELL_SIZE to the ground size of a pixel, in the layer CRS's units</source>
            <translation>Donnez à CELL_SIZE la taille au sol d’un pixel, dans les unités du SCR de la couche</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="371"/>
            <source>the WMTS service {url} did not answer as expected ({detail})</source>
            <translation>le service WMTS {url} n’a pas répondu comme prévu ({detail})</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="372"/>
            <source>Check that the service is up and the layer and tile matrix set exist</source>
            <translation>Vérifiez que le service fonctionne et que la couche et le jeu de matrices de tuiles existent</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="408"/>
            <source>the layer {layer!r} is not valid</source>
            <translation>la couche {layer!r} n’est pas valide</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="408"/>
            <source>Fix or reload the layer</source>
            <translation>Corrigez ou rechargez la couche</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="416"/>
            <source>is required for the layer {layer!r}: it has no cell size of its own</source>
            <translation>est requis pour la couche {layer!r} : elle n’a pas de taille de cellule propre</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="417"/>
            <source>Set CELL_SIZE, in the layer CRS's units</source>
            <translation>Définissez CELL_SIZE, dans les unités du SCR de la couche</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="434"/>
            <source>does not overlap {layer!r}</source>
            <translation>ne recouvre pas {layer!r}</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="434"/>
            <source>Give an extent inside the layer, in its CRS, or leave it unset</source>
            <translation>Donnez une emprise dans la couche, dans son SCR, ou laissez-la vide</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="443"/>
            <source>the layer {layer!r} has pixels of a type Pixelwise cannot read</source>
            <translation>la couche {layer!r} a des pixels d’un type que Pixelwise ne sait pas lire</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="444"/>
            <source>Save the layer as a GeoTIFF (Export ▸ Save As) and use that</source>
            <translation>Enregistrez la couche en GeoTIFF (Exporter ▸ Enregistrer sous) et utilisez celui-ci</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="486"/>
            <source>QGIS could not read {layer!r} (block {step} of {steps})</source>
            <translation>QGIS n’a pas pu lire {layer!r} (bloc {step} sur {steps})</translation>
        </message>
        <message>
            <location filename="../processing_provider/raster_source.py" line="487"/>
            <source>Check the layer loads and draws in QGIS</source>
            <translation>Vérifiez que la couche se charge et s’affiche dans QGIS</translation>
        </message>
        <message>
            <source>Cell size of the classified raster in the raster CRS's units (the ArcGIS 'cellSize' environment); the input is resampled to it before the model runs. 0 keeps the raster's own cell size. For a tiled web layer it picks the zoom level (0: the finest the service offers); a WMS or ArcGIS layer needs it.</source>
            <translation type="vanished">Taille de cellule du raster classifié dans les unités du SCR du raster (l’environnement ArcGIS « cellSize ») ; l’entrée est rééchantillonnée avant l’exécution du modèle. 0 garde la taille de cellule du raster. Pour une couche web tuilée, elle choisit le niveau de zoom (0 : le plus fin offert par le service) ; une couche WMS ou ArcGIS l’exige.</translation>
        </message>
        <message>
            <source>Output cell size in the units of the (first) input raster's CRS (the ArcGIS 'cellSize' environment); 0 keeps the raster's own cell size. For a tiled web layer it picks the zoom level (0: the finest the service offers); a WMS or ArcGIS layer needs it.</source>
            <translation type="vanished">Taille de cellule en sortie dans les unités du SCR du (premier) raster d’entrée (l’environnement ArcGIS « cellSize ») ; 0 garde la taille de cellule du raster. Pour une couche web tuilée, elle choisit le niveau de zoom (0 : le plus fin offert par le service) ; une couche WMS ou ArcGIS l’exige.</translation>
        </message>
        <message>
            <source>One polygon per written chip (chip_name, image_path, feature_count), in the raster's CRS.</source>
            <translation type="vanished">Un polygone par imagette écrite (chip_name, image_path, feature_count), dans le SCR du raster.</translation>
        </message>
        <message>
            <source>is required for the WMS layer {layer!r}: a WMS draws at any resolution</source>
            <translation type="vanished">est requis pour la couche WMS {layer!r} : un WMS dessine à toute résolution</translation>
        </message>
        <message>
            <source>is required for the ArcGIS layer {layer!r}: its export endpoint draws at any resolution</source>
            <translation type="vanished">est requis pour la couche ArcGIS {layer!r} : son point d’export dessine à toute résolution</translation>
        </message>
        <message>
            <source>The imagery to classify. It must have the bands the model expects (ExtractBands of the model definition, else the model's input channels).</source>
            <translation type="vanished">L'imagerie à classer. Elle doit avoir les bandes attendues par le modèle (ExtractBands de la définition du modèle, sinon les canaux d'entrée du modèle).</translation>
        </message>
        <message>
            <source>Area to classify (the ArcGIS 'extent' environment); the whole raster if not set.</source>
            <translation type="vanished">Zone à classer (l'environnement 'extent' d'ArcGIS) ; le raster entier si elle n'est pas définie.</translation>
        </message>
        <message>
            <source>Cell size of the classified raster in the raster CRS's units (the ArcGIS 'cellSize' environment); the input is resampled to it before the model runs. 0 keeps the raster's own cell size.</source>
            <translation type="vanished">Taille de cellule du raster classé, dans les unités du SCR du raster (l'environnement 'cellSize' d'ArcGIS) ; l'entrée est rééchantillonnée à cette taille avant l'exécution du modèle. 0 conserve la taille de cellule propre du raster.</translation>
        </message>
        <message>
            <source>The imagery to cut into chips: one raster, or several (PROCESSING_MODE says whether they are mosaicked or cut one by one). Chips keep the raster's data type and all its bands.</source>
            <translation type="vanished">L'imagerie à découper en imagettes : un raster, ou plusieurs (PROCESSING_MODE indique s'ils sont mosaïqués ou découpés un par un). Les imagettes conservent le type de données du raster et toutes ses bandes.</translation>
        </message>
        <message>
            <source>Area to export (the ArcGIS 'extent' environment); the whole raster if not set.</source>
            <translation type="vanished">Zone à exporter (l'environnement 'extent' d'ArcGIS) ; le raster entier si elle n'est pas définie.</translation>
        </message>
        <message>
            <source>Output cell size in the units of the (first) input raster's CRS (the ArcGIS 'cellSize' environment); 0 keeps the raster's own cell size.</source>
            <translation type="vanished">Taille de cellule en sortie, dans les unités du SCR du (premier) raster en entrée (l'environnement 'cellSize' d'ArcGIS) ; 0 conserve la taille de cellule propre du raster.</translation>
        </message>
        <message>
            <source>Fix it in the model's metadata</source>
            <translation type="vanished">Corrigez-la dans les métadonnées du modèle</translation>
        </message>
        <message>
            <source>{key} must be a whole number ≥ {minimum} (got {value!r})</source>
            <translation type="vanished">{key} doit être un nombre entier ≥ {minimum} (reçu {value!r})</translation>
        </message>
        <message>
            <source>Set {key} to a number such as 256</source>
            <translation type="vanished">Donnez à {key} un nombre tel que 256</translation>
        </message>
        <message>
            <source>{key} must be a number (got {value!r})</source>
            <translation type="vanished">{key} doit être un nombre (reçu {value!r})</translation>
        </message>
        <message>
            <source>{key} holds {v!r}, not a whole number</source>
            <translation type="vanished">{key} contient {v!r}, qui n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>Classes[{i}].Value {raw!r} is not a whole number</source>
            <translation type="vanished">Classes[{i}].Value {raw!r} n'est pas un nombre entier</translation>
        </message>
        <message>
            <source>Class values are integers</source>
            <translation type="vanished">Les valeurs de classes sont des entiers</translation>
        </message>
        <message>
            <source>ONNX metadata {key} must be a whole number ≥ 1 (got {got!r})</source>
            <translation type="vanished">la métadonnée ONNX {key} doit être un nombre entier ≥ 1 (reçu {got!r})</translation>
        </message>
        <message>
            <source>Fix {key} in the model's metadata</source>
            <translation type="vanished">Corrigez {key} dans les métadonnées du modèle</translation>
        </message>
        <message>
            <source>GPU was chosen but {requested} could not start (missing CUDA/cuDNN libraries or no GPU); ONNX Runtime fell back to the CPU</source>
            <translation type="vanished">le GPU a été choisi mais {requested} n'a pas pu démarrer (bibliothèques CUDA/cuDNN manquantes ou pas de GPU) ; ONNX Runtime est repassé sur le CPU</translation>
        </message>
        <message>
            <source>rows {expected}–{top} of the raster are in no part</source>
            <translation type="vanished">les lignes {expected}–{top} du raster ne sont dans aucune partie</translation>
        </message>
        <message>
            <source>{path!r} repeats rows {top}–{expected}</source>
            <translation type="vanished">{path!r} répète les lignes {top}–{expected}</translation>
        </message>
        <message>
            <source>rows {expected}–{height} of the raster are in no part</source>
            <translation type="vanished">les lignes {expected}–{height} du raster ne sont dans aucune partie</translation>
        </message>
        <message>
            <source>rows {expected}–{first} of the chip grid are in no part</source>
            <translation type="vanished">les lignes {expected}–{first} de la grille des imagettes ne sont dans aucune partie</translation>
        </message>
        <message>
            <source>{path!r} repeats rows {first}–{expected}</source>
            <translation type="vanished">{path!r} répète les lignes {first}–{expected}</translation>
        </message>
        <message>
            <source>rows {expected}–{n_rows} of the chip grid are in no part</source>
            <translation type="vanished">les lignes {expected}–{n_rows} de la grille des imagettes ne sont dans aucune partie</translation>
        </message>
    </context>
</TS>
