<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Pixelwise</name>
        <message>
            <location filename="../processing_provider/base.py" line="118"/>
            <source>Install them with '{command}'</source>
            <translation>Installez-les avec '{command}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="120"/>
            <source> (Debian/Ubuntu: 'sudo apt install {apt}')</source>
            <translation> (Debian/Ubuntu : 'sudo apt install {apt}')</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="123"/>
            <source> ('{alternative}' instead of '{pip}' for an NVIDIA GPU)</source>
            <translation> ('{alternative}' au lieu de '{pip}' pour un GPU NVIDIA)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="125"/>
            <source>Pixelwise needs the Python packages {missing}, which QGIS's Python cannot import. {hint} and restart QGIS.</source>
            <translation>Pixelwise a besoin des paquets Python {missing}, que le Python de QGIS ne peut pas importer. {hint}, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="140"/>
            <source>{value!r} is neither a file nor a raster layer of the project</source>
            <translation>{value!r} n'est ni un fichier ni une couche raster du projet</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="141"/>
            <location filename="../processing_provider/base.py" line="237"/>
            <source>Give the path of a raster file or the name of a loaded raster layer</source>
            <translation>Indiquez le chemin d'un fichier raster ou le nom d'une couche raster chargée</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="151"/>
            <source>GDAL cannot open {name} as a raster{detail}</source>
            <translation>GDAL ne peut pas ouvrir {name} comme raster{detail}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="153"/>
            <source>Check that the file is a complete raster: open it in QGIS or run gdalinfo on it</source>
            <translation>Vérifiez que le fichier est un raster complet : ouvrez-le dans QGIS ou lancez gdalinfo dessus</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="157"/>
            <source>{name} has no bands of its own: it holds {n} rasters</source>
            <translation>{name} n'a pas de bandes propres : il contient {n} rasters</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="159"/>
            <source>Give one of them, e.g. '{first}' (a raster with at least one band)</source>
            <translation>Indiquez l'un d'eux, p. ex. '{first}' (un raster avec au moins une bande)</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="161"/>
            <source>{name} has no bands</source>
            <translation>{name} n'a aucune bande</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="162"/>
            <source>Choose a raster with at least one band</source>
            <translation>Choisissez un raster avec au moins une bande</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="175"/>
            <source>has no value</source>
            <translation>n'a pas de valeur</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="175"/>
            <source>Give a value for '{description}'</source>
            <translation>Donnez une valeur à '{description}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="182"/>
            <source>{value} is not one of its choices</source>
            <translation>{value} ne fait pas partie des choix possibles</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="183"/>
            <source>Use one of {options}</source>
            <translation>Utilisez l'une des valeurs {options}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="186"/>
            <source>{value} is not a number from {low:g} to {high:g}</source>
            <translation>{value} n'est pas un nombre compris entre {low:g} et {high:g}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="188"/>
            <source>Give a number of at least {low:g}</source>
            <translation>Indiquez un nombre supérieur ou égal à {low:g}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="189"/>
            <source>Give a number from {low:g} to {high:g}</source>
            <translation>Indiquez un nombre compris entre {low:g} et {high:g}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="191"/>
            <source>{value} is not an existing file</source>
            <translation>{value} n'est pas un fichier existant</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="191"/>
            <source>Choose a file</source>
            <translation>Choisissez un fichier</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="193"/>
            <source>{value} is not a valid value for '{description}'</source>
            <translation>{value} n'est pas une valeur valide pour '{description}'</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="195"/>
            <source>See the parameter's help ('qgis_process help ALGORITHM') for what it takes</source>
            <translation>Consultez l'aide du paramètre ('qgis_process help ALGORITHM') pour savoir ce qu'il accepte</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="212"/>
            <source>Deep learning</source>
            <translation>Apprentissage profond</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="236"/>
            <source>{value} does not load as a raster layer</source>
            <translation>{value} ne se charge pas comme couche raster</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="105"/>
            <source>Classify Pixels Using Deep Learning</source>
            <translation>Classer les pixels à l'aide de l'apprentissage profond</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="108"/>
            <source>deep learning,classification,segmentation,onnx,emd,dlpk,arcgis,inference,model,cloud mask</source>
            <translation>apprentissage profond,deep learning,classification,segmentation,onnx,emd,dlpk,arcgis,inférence,modèle,masque de nuages</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="112"/>
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
            <location filename="../processing_provider/classify_pixels.py" line="136"/>
            <location filename="../processing_provider/export_training_data.py" line="166"/>
            <source>Input raster</source>
            <translation>Raster en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="137"/>
            <source>The imagery to classify. It must have the bands the model expects (ExtractBands of the model definition, else the model's input channels).</source>
            <translation>L'imagerie à classer. Elle doit avoir les bandes attendues par le modèle (ExtractBands de la définition du modèle, sinon les canaux d'entrée du modèle).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="139"/>
            <location filename="../plugin/widgets/model_card.py" line="199"/>
            <source>Model definition</source>
            <translation>Définition du modèle</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="147"/>
            <source>An Esri model definition (.emd) whose ModelFile is an ONNX model, a deep learning package (.dlpk) holding one, or an .onnx model with Deepness metadata. The EMD JSON text itself is accepted too, as in ArcGIS.</source>
            <translation>Une définition de modèle Esri (.emd) dont le ModelFile est un modèle ONNX, un paquet d'apprentissage profond (.dlpk) qui en contient un, ou un modèle .onnx avec des métadonnées Deepness. Le texte JSON de l'EMD lui-même est aussi accepté, comme dans ArcGIS.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="151"/>
            <source>Output classified raster</source>
            <translation>Raster classé en sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="152"/>
            <source>The classified raster (GeoTIFF, .tif): one band of class values, with the model's class colours and names.</source>
            <translation>Le raster classé (GeoTIFF, .tif) : une bande de valeurs de classes, avec les couleurs et les noms des classes du modèle.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="155"/>
            <source>Arguments</source>
            <translation>Arguments</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="156"/>
            <source>Model arguments as name=value;name=value (ArcGIS's 'name value;name value' works too): padding (overlap margin of each window, pixels; default a quarter of the window), batch_size (windows per model call; default 4), tile_size (window size, only for models whose input size is open), predict_background (True/False: whether class 0 may win), test_time_augmentation (True/False: average over flips and rotations), merge_policy (mean, max or min: how augmented predictions merge).</source>
            <translation>Arguments du modèle sous la forme nom=valeur;nom=valeur (la forme d'ArcGIS 'nom valeur;nom valeur' fonctionne aussi) : padding (marge de chevauchement de chaque fenêtre, en pixels ; par défaut un quart de la fenêtre), batch_size (fenêtres par appel du modèle ; 4 par défaut), tile_size (taille de fenêtre, uniquement pour les modèles dont la taille d'entrée est libre), predict_background (True/False : si la classe 0 peut l'emporter), test_time_augmentation (True/False : moyenne sur les retournements et rotations), merge_policy (mean, max ou min : manière de fusionner les prédictions augmentées).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="162"/>
            <location filename="../processing_provider/train_pixel_classifier.py" line="151"/>
            <source>Processor type</source>
            <translation>Type de processeur</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="168"/>
            <source>Where the model runs (the ArcGIS 'processorType' environment): AUTO uses a GPU when ONNX Runtime has a working GPU provider (CUDA, ROCm, DirectML) and the CPU otherwise; GPU fails instead of falling back to the CPU; CPU uses the CPU only.</source>
            <translation>Où le modèle s'exécute (l'environnement 'processorType' d'ArcGIS) : AUTO utilise un GPU quand ONNX Runtime dispose d'un fournisseur GPU fonctionnel (CUDA, ROCm, DirectML), sinon le CPU ; GPU échoue au lieu de se rabattre sur le CPU ; CPU n'utilise que le CPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="172"/>
            <location filename="../processing_provider/export_training_data.py" line="248"/>
            <source>Extent</source>
            <translation>Emprise</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="173"/>
            <source>Area to classify (the ArcGIS 'extent' environment); the whole raster if not set.</source>
            <translation>Zone à classer (l'environnement 'extent' d'ArcGIS) ; le raster entier si elle n'est pas définie.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="175"/>
            <location filename="../processing_provider/export_training_data.py" line="251"/>
            <source>Cell size</source>
            <translation>Taille de cellule</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="177"/>
            <source>Cell size of the classified raster in the raster CRS's units (the ArcGIS 'cellSize' environment); the input is resampled to it before the model runs. 0 keeps the raster's own cell size.</source>
            <translation>Taille de cellule du raster classé, dans les unités du SCR du raster (l'environnement 'cellSize' d'ArcGIS) ; l'entrée est rééchantillonnée à cette taille avant l'exécution du modèle. 0 conserve la taille de cellule propre du raster.</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="181"/>
            <location filename="../processing_provider/export_training_data.py" line="244"/>
            <source>Input mask polygons</source>
            <translation>Polygones de masque en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="183"/>
            <source>Only pixels inside these polygons are classified; the rest are NoData (the ArcGIS 'mask' environment).</source>
            <translation>Seuls les pixels situés dans ces polygones sont classés ; les autres sont NoData (l'environnement 'mask' d'ArcGIS).</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="186"/>
            <source>Output confidence raster</source>
            <translation>Raster de confiance en sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/classify_pixels.py" line="188"/>
            <source>Optional GeoTIFF (.tif) of the winning class's probability (0–1, float32) for every pixel (Pixelwise addition).</source>
            <translation>GeoTIFF (.tif) facultatif de la probabilité de la classe gagnante (0–1, float32) pour chaque pixel (ajout de Pixelwise).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="69"/>
            <source>Compute Accuracy For Pixel Classification</source>
            <translation>Calculer la précision pour la classification des pixels</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="72"/>
            <source>accuracy,assessment,confusion matrix,error matrix,kappa,iou,f1,user's accuracy,producer's accuracy,validation,ground truth,classification,segmentation,arcgis</source>
            <translation>précision,exactitude,évaluation,matrice de confusion,matrice d'erreur,kappa,iou,f1,précision utilisateur,précision producteur,validation,vérité terrain,classification,segmentation,arcgis</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="76"/>
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
            <location filename="../processing_provider/compute_accuracy.py" line="98"/>
            <source>Input classified raster</source>
            <translation>Raster classé en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="99"/>
            <source>The raster to assess: band 1 holds whole-number class values; its NoData pixels are not assessed. Class names come from its attribute table or category names (.aux.xml, as Classify Pixels writes them).</source>
            <translation>Le raster à évaluer : la bande 1 contient des valeurs de classes entières ; ses pixels NoData ne sont pas évalués. Les noms des classes proviennent de sa table attributaire ou de ses noms de catégories (.aux.xml, tels que Classer les pixels les écrit).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="103"/>
            <source>Ground truth data</source>
            <translation>Données de vérité terrain</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="105"/>
            <source>The reference: a class raster (values = classes; 0 and NoData = no reference), or polygons with a class field (pixels whose centre lies in no polygon have no reference; later features win where polygons overlap). Rasters on another grid are resampled (nearest), polygons in another CRS reprojected, onto the classified raster's grid.</source>
            <translation>La référence : un raster de classes (valeurs = classes ; 0 et NoData = pas de référence), ou des polygones avec un champ de classe (les pixels dont le centre n'est dans aucun polygone n'ont pas de référence ; là où des polygones se chevauchent, les entités suivantes l'emportent). Les rasters sur une autre grille sont rééchantillonnés (au plus proche voisin), les polygones dans un autre SCR reprojetés, sur la grille du raster classé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="112"/>
            <location filename="../processing_provider/export_training_data.py" line="233"/>
            <source>Class value field</source>
            <translation>Champ de valeur de classe</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="113"/>
            <source>Field of the ground-truth polygons holding the reference class (not used for a raster). A numeric field gives class values, matched to the classified raster's values (0 and NULL = no reference). A text field gives class names, matched to the classified raster's class names exactly, else ignoring case and surrounding spaces, else a text that is a whole number is that value; names that match nothing become extra reference classes (logged), and if no name matches the run stops. If empty, a field named 'value' or 'classvalue' is used.</source>
            <translation>Champ des polygones de vérité terrain contenant la classe de référence (inutilisé pour un raster). Un champ numérique donne des valeurs de classes, mises en correspondance avec les valeurs du raster classé (0 et NULL = pas de référence). Un champ texte donne des noms de classes, mis en correspondance avec les noms de classes du raster classé à l'identique, sinon sans tenir compte de la casse ni des espaces autour, sinon un texte qui est un nombre entier vaut cette valeur ; les noms sans correspondance deviennent des classes de référence supplémentaires (consignées dans le journal), et si aucun nom ne correspond, l'exécution s'arrête. Si vide, un champ nommé 'value' ou 'classvalue' est utilisé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="122"/>
            <source>Number of random points</source>
            <translation>Nombre de points aléatoires</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="124"/>
            <source>0 assesses every valid pixel. More than 0: the number of random points (pixels) assessed, drawn as SAMPLING_STRATEGY says; with fewer valid pixels than that, all are taken.</source>
            <translation>0 évalue chaque pixel valide. Plus de 0 : le nombre de points aléatoires (pixels) évalués, tirés comme l'indique SAMPLING_STRATEGY ; s'il y a moins de pixels valides, tous sont pris.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="126"/>
            <source>Sampling strategy</source>
            <translation>Stratégie d'échantillonnage</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="133"/>
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
            <location filename="../processing_provider/compute_accuracy.py" line="141"/>
            <location filename="../processing_provider/train_pixel_classifier.py" line="147"/>
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="143"/>
            <source>Seed of the random points (0 or more): the same seed, inputs and numpy version draw the same points.</source>
            <translation>Graine des points aléatoires (0 ou plus) : la même graine, les mêmes entrées et la même version de numpy tirent les mêmes points.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="148"/>
            <source>Confusion matrix</source>
            <translation>Matrice de confusion</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="152"/>
            <source>The confusion matrix as a table without geometry: one row per reference class (ClassValue, ClassName, C_&lt;value&gt; = pixels predicted as that class, Total, ProducersAccuracy, IoU, F1), a Total row and a UsersAccuracy row (its ProducersAccuracy cell is the overall accuracy).</source>
            <translation>La matrice de confusion sous forme de table sans géométrie : une ligne par classe de référence (ClassValue, ClassName, C_&lt;value&gt; = pixels prédits dans cette classe, Total, ProducersAccuracy, IoU, F1), une ligne Total et une ligne UsersAccuracy (sa cellule ProducersAccuracy est la précision globale).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="156"/>
            <source>Confusion matrix CSV</source>
            <translation>Matrice de confusion CSV</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="157"/>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="160"/>
            <source>The same table as a CSV file (UTF-8, comma-separated, full-precision numbers).</source>
            <translation>La même table sous forme de fichier CSV (UTF-8, séparé par des virgules, nombres en pleine précision).</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="162"/>
            <source>Accuracy report</source>
            <translation>Rapport de précision</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="163"/>
            <source>HTML files (*.html)</source>
            <translation>Fichiers HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="166"/>
            <source>An HTML report: inputs, sampling, overall accuracy, kappa, mean IoU, the confusion matrix as a heat map (cell colour = share of the reference class) and the per-class metrics.</source>
            <translation>Un rapport HTML : entrées, échantillonnage, précision globale, kappa, IoU moyen, la matrice de confusion en carte de chaleur (couleur de cellule = part de la classe de référence) et les métriques par classe.</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="168"/>
            <source>Overall accuracy</source>
            <translation>Précision globale</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="169"/>
            <source>Cohen's kappa</source>
            <translation>Kappa de Cohen</translation>
        </message>
        <message>
            <location filename="../processing_provider/compute_accuracy.py" line="170"/>
            <source>Mean IoU</source>
            <translation>IoU moyen</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="134"/>
            <source>Export Training Data For Deep Learning</source>
            <translation>Exporter les données d'entraînement pour l'apprentissage profond</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="137"/>
            <source>deep learning,training data,chips,tiles,labels,arcgis,pascal voc,kitti,segmentation,coco,yolo,mask r-cnn,imagenet,cyclegan,panoptic</source>
            <translation>apprentissage profond,deep learning,données d'entraînement,imagettes,tuiles,étiquettes,arcgis,pascal voc,kitti,segmentation,coco,yolo,mask r-cnn,imagenet,cyclegan,panoptique</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="141"/>
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
            <location filename="../processing_provider/export_training_data.py" line="171"/>
            <source>The imagery to cut into chips: one raster, or several (PROCESSING_MODE says whether they are mosaicked or cut one by one). Chips keep the raster's data type and all its bands.</source>
            <translation>L'imagerie à découper en imagettes : un raster, ou plusieurs (PROCESSING_MODE indique s'ils sont mosaïqués ou découpés un par un). Les imagettes conservent le type de données du raster et toutes ses bandes.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="174"/>
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="175"/>
            <source>Folder that receives images/, labels/ and the metadata files. It must not exist, be empty, or hold an earlier Pixelwise export.</source>
            <translation>Dossier qui reçoit images/, labels/ et les fichiers de métadonnées. Il ne doit pas exister, ou être vide, ou contenir un export Pixelwise antérieur.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="179"/>
            <source>Input feature class or classified raster</source>
            <translation>Classe d'entités ou raster classé en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="182"/>
            <source>Labels: polygons, points (with a buffer radius) or a single-band class raster whose values are the classes (0 = no class). Leave empty with Export_Tiles.</source>
            <translation>Étiquettes : polygones, points (avec un rayon de tampon) ou raster de classes à une bande dont les valeurs sont les classes (0 = aucune classe). Laisser vide avec Export_Tiles.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="185"/>
            <source>Image format</source>
            <translation>Format d'image</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="186"/>
            <source>File format of the image chips. PNG and JPEG take at most 3 bands; JPEG takes 8-bit data only.</source>
            <translation>Format de fichier des imagettes. PNG et JPEG acceptent au plus 3 bandes ; JPEG n'accepte que des données 8 bits.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="190"/>
            <source>Tile size X</source>
            <translation>Taille de tuile X</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="190"/>
            <source>Chip width in pixels.</source>
            <translation>Largeur de l'imagette en pixels.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="193"/>
            <source>Tile size Y</source>
            <translation>Taille de tuile Y</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="193"/>
            <source>Chip height in pixels.</source>
            <translation>Hauteur de l'imagette en pixels.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="196"/>
            <source>Stride X</source>
            <translation>Pas X</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="197"/>
            <source>Horizontal distance between chip origins in pixels; equal to the tile size for no overlap.</source>
            <translation>Distance horizontale entre les origines des imagettes, en pixels ; égale à la taille de tuile pour aucun chevauchement.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="200"/>
            <source>Stride Y</source>
            <translation>Pas Y</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="201"/>
            <source>Vertical distance between chip origins in pixels; equal to the tile size for no overlap.</source>
            <translation>Distance verticale entre les origines des imagettes, en pixels ; égale à la taille de tuile pour aucun chevauchement.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="204"/>
            <source>Output no feature tiles</source>
            <translation>Produire les tuiles sans entité</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="206"/>
            <source>ALL_TILES writes every chip; ONLY_TILES_WITH_FEATURES skips chips without any label.</source>
            <translation>ALL_TILES écrit chaque imagette ; ONLY_TILES_WITH_FEATURES ignore les imagettes sans aucune étiquette.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="208"/>
            <source>Metadata format</source>
            <translation>Format des métadonnées</translation>
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
            <location filename="../processing_provider/export_training_data.py" line="229"/>
            <source>Start index</source>
            <translation>Indice de départ</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="230"/>
            <source>Number of the first chip (deprecated in ArcGIS Pro; an earlier Pixelwise export in the output folder is continued from its next free index).</source>
            <translation>Numéro de la première imagette (obsolète dans ArcGIS Pro ; un export Pixelwise antérieur dans le dossier de sortie est poursuivi à partir de son prochain indice libre).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="235"/>
            <source>Field of the input features holding the class. Whole numbers are used as class values (0 = no class); text values become classes 1…n named by the text. If empty, a field named 'value' or 'classvalue' is used, else all features are one class.</source>
            <translation>Champ des entités en entrée contenant la classe. Les nombres entiers servent de valeurs de classes (0 = aucune classe) ; les valeurs texte deviennent les classes 1…n nommées d'après le texte. Si vide, un champ nommé 'value' ou 'classvalue' est utilisé, sinon toutes les entités forment une seule classe.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="239"/>
            <source>Buffer radius</source>
            <translation>Rayon du tampon</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="241"/>
            <source>Buffer drawn around each input feature (and each IN_INSTANCE_DATA feature), in the units of the features' CRS. Points need a radius greater than 0 (they become circles).</source>
            <translation>Tampon tracé autour de chaque entité en entrée (et de chaque entité de IN_INSTANCE_DATA), dans les unités du SCR des entités. Les points exigent un rayon supérieur à 0 (ils deviennent des cercles).</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="246"/>
            <source>Only chips that lie completely inside these polygons are written.</source>
            <translation>Seules les imagettes entièrement situées dans ces polygones sont écrites.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="249"/>
            <source>Area to export (the ArcGIS 'extent' environment); the whole raster if not set.</source>
            <translation>Zone à exporter (l'environnement 'extent' d'ArcGIS) ; le raster entier si elle n'est pas définie.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="253"/>
            <source>Output cell size in the units of the (first) input raster's CRS (the ArcGIS 'cellSize' environment); 0 keeps the raster's own cell size.</source>
            <translation>Taille de cellule en sortie, dans les unités du SCR du (premier) raster en entrée (l'environnement 'cellSize' d'ArcGIS) ; 0 conserve la taille de cellule propre du raster.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="256"/>
            <source>Edge chips</source>
            <translation>Imagettes de bord</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="257"/>
            <source>What happens to grid cells that run past the right or bottom edge of the raster: SHIFT_INWARD moves the last chip back so it ends at the edge, PAD fills the missing pixels with NoData, DROP leaves the cell out. (Pixelwise addition; ArcGIS does not document its behaviour.)</source>
            <translation>Ce qu'il advient des cellules de la grille qui dépassent le bord droit ou inférieur du raster : SHIFT_INWARD recule la dernière imagette pour qu'elle se termine au bord, PAD remplit les pixels manquants avec NoData, DROP omet la cellule. (Ajout de Pixelwise ; ArcGIS ne documente pas son comportement.)</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="262"/>
            <source>Rotation angle</source>
            <translation>Angle de rotation</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="263"/>
            <source>Augmentation, in degrees: with an angle a greater than 0 every chip is also written rotated counter-clockwise about its centre by a, 2a, … (less than 360°), ceil(360 / a) copies in all; rotated chips are resampled from the raster around them and their labels recomputed. 0 writes no rotated chips.</source>
            <translation>Augmentation, en degrés : avec un angle a supérieur à 0, chaque imagette est aussi écrite pivotée dans le sens antihoraire autour de son centre de a, 2a, … (moins de 360°), soit ceil(360 / a) copies au total ; les imagettes pivotées sont rééchantillonnées à partir du raster qui les entoure et leurs étiquettes recalculées. 0 n'écrit aucune imagette pivotée.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="269"/>
            <source>Reference system</source>
            <translation>Système de référence</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="270"/>
            <source>MAP_SPACE cuts georeferenced chips (the raster needs a CRS); PIXEL_SPACE cuts chips in image rows and columns and writes them without CRS or world file, also from a raster without georeference. Use the space the model will be run in.</source>
            <translation>MAP_SPACE découpe des imagettes géoréférencées (le raster doit avoir un SCR) ; PIXEL_SPACE découpe les imagettes en lignes et colonnes d'image et les écrit sans SCR ni fichier de géoréférencement (world file), y compris à partir d'un raster non géoréférencé. Utilisez l'espace dans lequel le modèle sera exécuté.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="274"/>
            <source>Processing mode</source>
            <translation>Mode de traitement</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="275"/>
            <source>With several input rasters: PROCESS_AS_MOSAICKED_IMAGE mosaics them into one image first (same CRS, band count and data type; later rasters on top); PROCESS_ITEMS_SEPARATELY cuts each raster on its own grid, chip numbers continuing from one raster to the next.</source>
            <translation>Avec plusieurs rasters en entrée : PROCESS_AS_MOSAICKED_IMAGE les mosaïque d'abord en une seule image (même SCR, même nombre de bandes et même type de données ; les rasters suivants par-dessus) ; PROCESS_ITEMS_SEPARATELY découpe chaque raster sur sa propre grille, la numérotation des imagettes se poursuivant d'un raster au suivant.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="279"/>
            <source>Blacken around feature</source>
            <translation>Noircir autour de l'entité</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="280"/>
            <source>For the one-feature chips of Labeled_Tiles and Imagenet: BLACKEN_AROUND_FEATURE sets every pixel whose centre lies outside the feature to 0; NO_BLACKEN keeps the imagery around it.</source>
            <translation>Pour les imagettes à une entité de Labeled_Tiles et Imagenet : BLACKEN_AROUND_FEATURE met à 0 chaque pixel dont le centre est hors de l'entité ; NO_BLACKEN conserve l'imagerie autour.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="283"/>
            <source>Crop mode</source>
            <translation>Mode de rognage</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="284"/>
            <source>For Labeled_Tiles and Imagenet (one chip per feature): FIXED_SIZE writes a tile-size chip centred on the feature; BOUNDING_BOX crops the chip to the feature's bounding box, so chip sizes vary.</source>
            <translation>Pour Labeled_Tiles et Imagenet (une imagette par entité) : FIXED_SIZE écrit une imagette de la taille de tuile centrée sur l'entité ; BOUNDING_BOX rogne l'imagette au rectangle englobant de l'entité, les tailles d'imagettes varient donc.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="288"/>
            <source>Additional input raster</source>
            <translation>Raster supplémentaire en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="289"/>
            <source>A second raster cut on the same chips (resampled onto the input raster's grid) and written to images2/, for image translation or change detection. Only with Export_Tiles, Classified_Tiles and CycleGAN; arcgis.learn reads Classified_Tiles with images2/ as change detection.</source>
            <translation>Un second raster découpé selon les mêmes imagettes (rééchantillonné sur la grille du raster en entrée) et écrit dans images2/, pour la traduction d'images ou la détection de changements. Uniquement avec Export_Tiles, Classified_Tiles et CycleGAN ; arcgis.learn lit Classified_Tiles avec images2/ comme détection de changements.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="295"/>
            <source>Input instance data</source>
            <translation>Données d'instances en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="297"/>
            <source>Instance labels for Panoptic_Segmentation: polygons, or points with a buffer radius; each feature is one instance in the masks of labels2/&lt;class name&gt;/.</source>
            <translation>Étiquettes d'instances pour Panoptic_Segmentation : polygones, ou points avec un rayon de tampon ; chaque entité est une instance dans les masques de labels2/&lt;class name&gt;/.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="300"/>
            <source>Instance class value field</source>
            <translation>Champ de valeur de classe des instances</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="302"/>
            <source>Field of the instance features holding the class, read like the class value field. If empty, a field named 'value' or 'classvalue' is used, else all features are one class.</source>
            <translation>Champ des entités d'instances contenant la classe, lu comme le champ de valeur de classe. Si vide, un champ nommé 'value' ou 'classvalue' est utilisé, sinon toutes les entités forment une seule classe.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="305"/>
            <source>Minimum polygon overlap ratio</source>
            <translation>Rapport minimal de recouvrement des polygones</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="306"/>
            <source>A feature is put in a chip's label only when at least this fraction (0 to 1) of its area lies inside the chip; 0 keeps every feature that touches the chip. Polygon and point labels only.</source>
            <translation>Une entité n'entre dans l'étiquette d'une imagette que si au moins cette fraction (0 à 1) de sa surface se trouve dans l'imagette ; 0 conserve toute entité qui touche l'imagette. Étiquettes de polygones et de points uniquement.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="313"/>
            <source>Chip index</source>
            <translation>Index des imagettes</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="317"/>
            <source>One polygon per written chip (chip_name, image_path, feature_count), in the raster's CRS.</source>
            <translation>Un polygone par imagette écrite (chip_name, image_path, feature_count), dans le SCR du raster.</translation>
        </message>
        <message>
            <location filename="../processing_provider/export_training_data.py" line="318"/>
            <source>Number of chips</source>
            <translation>Nombre d'imagettes</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="76"/>
            <source>Train Pixel Classifier</source>
            <translation>Entraîner un classificateur de pixels</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="79"/>
            <source>deep learning,training,train,unet,u-net,segmentation,pixel classification,pytorch,onnx,emd,dlpk,arcgis</source>
            <translation>apprentissage profond,deep learning,entraînement,entraîner,unet,u-net,segmentation,classification de pixels,pytorch,onnx,emd,dlpk,arcgis</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="83"/>
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
            <location filename="../processing_provider/train_pixel_classifier.py" line="108"/>
            <source>Input training data</source>
            <translation>Données d'entraînement en entrée</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="110"/>
            <source>Folder of a Classified_Tiles export (map.txt, images/, labels/, esri_model_definition.emd, esri_accumulated_stats.json), from Pixelwise or ArcGIS Pro. Its classes (values, names, colours) become the model's classes; label pixels of value 0 are unlabelled.</source>
            <translation>Dossier d'un export Classified_Tiles (map.txt, images/, labels/, esri_model_definition.emd, esri_accumulated_stats.json), issu de Pixelwise ou d'ArcGIS Pro. Ses classes (valeurs, noms, couleurs) deviennent les classes du modèle ; les pixels d'étiquette de valeur 0 sont non étiquetés.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="114"/>
            <source>Output model</source>
            <translation>Modèle en sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="115"/>
            <source>Folder that receives the trained model. It must be new, empty, or the folder of an earlier Train Pixel Classifier run, whose files are replaced.</source>
            <translation>Dossier qui reçoit le modèle entraîné. Il doit être nouveau, vide, ou le dossier d'une exécution antérieure d'Entraîner un classificateur de pixels, dont les fichiers sont remplacés.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="118"/>
            <source>Max epochs</source>
            <translation>Nombre maximal d'époques</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="119"/>
            <source>Most passes over the training chips (ArcGIS max_epochs). Training may stop earlier, see STOP_TRAINING.</source>
            <translation>Nombre maximal de passes sur les imagettes d'entraînement (max_epochs d'ArcGIS). L'entraînement peut s'arrêter plus tôt, voir STOP_TRAINING.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="122"/>
            <source>Batch size</source>
            <translation>Taille de lot</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="123"/>
            <source>Chips per training step. Larger batches need more memory (GPU memory on a GPU).</source>
            <translation>Imagettes par étape d'entraînement. Des lots plus grands demandent plus de mémoire (mémoire GPU sur un GPU).</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="125"/>
            <source>Learning rate</source>
            <translation>Taux d'apprentissage</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="126"/>
            <source>Step size of the Adam optimiser (ArcGIS learning_rate). 0.001 suits the small U-Net; 0 leaves the initial weights unchanged.</source>
            <translation>Pas de l'optimiseur Adam (learning_rate d'ArcGIS). 0.001 convient au petit U-Net ; 0 laisse les poids initiaux inchangés.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="129"/>
            <source>Validation %</source>
            <translation>Validation %</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="130"/>
            <source>Percentage of the chips held out to measure the model after every epoch (ArcGIS validation_percentage): at least one chip, drawn with RANDOM_SEED.</source>
            <translation>Pourcentage des imagettes mises de côté pour mesurer le modèle après chaque époque (validation_percentage d'ArcGIS) : au moins une imagette, tirée avec RANDOM_SEED.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="134"/>
            <source>Stop when model stops improving</source>
            <translation>Arrêter quand le modèle cesse de s'améliorer</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="135"/>
            <source>STOP_TRAINING: stop once the validation IoU has not improved for PATIENCE epochs (ArcGIS stop_training). CONTINUE_TRAINING: train all MAX_EPOCHS epochs. Either way the best epoch's model is written.</source>
            <translation>STOP_TRAINING : s'arrêter dès que l'IoU de validation ne s'est pas amélioré pendant PATIENCE époques (stop_training d'ArcGIS). CONTINUE_TRAINING : entraîner pendant les MAX_EPOCHS époques. Dans les deux cas, le modèle de la meilleure époque est écrit.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="139"/>
            <source>Patience (epochs)</source>
            <translation>Patience (époques)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="140"/>
            <source>Epochs without a better validation IoU before training stops (with STOP_TRAINING).</source>
            <translation>Époques sans meilleur IoU de validation avant l'arrêt de l'entraînement (avec STOP_TRAINING).</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="142"/>
            <source>Augment chips with flips and rotations</source>
            <translation>Augmenter les imagettes par retournements et rotations</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="144"/>
            <source>Show each training chip randomly flipped and rotated by multiples of 90° (image and label alike): all eight variants for MAP_SPACE exports, left-right flips for PIXEL_SPACE ones.</source>
            <translation>Présente chaque imagette d'entraînement retournée et pivotée aléatoirement par multiples de 90° (image et étiquette de la même façon) : les huit variantes pour les exports MAP_SPACE, des retournements gauche-droite pour les exports PIXEL_SPACE.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="148"/>
            <source>Seed of the initial weights, the validation split, the chip order and the augmentations: the same seed gives the same model on the CPU.</source>
            <translation>Graine des poids initiaux, de la répartition de validation, de l'ordre des imagettes et des augmentations : la même graine donne le même modèle sur le CPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="152"/>
            <source>Where the model trains (the ArcGIS 'processorType' environment): AUTO uses an NVIDIA GPU when PyTorch has CUDA and the CPU otherwise; GPU fails instead of falling back to the CPU; CPU uses the CPU only. The log names the device.</source>
            <translation>Où le modèle s'entraîne (l'environnement 'processorType' d'ArcGIS) : AUTO utilise un GPU NVIDIA quand PyTorch dispose de CUDA, sinon le CPU ; GPU échoue au lieu de se rabattre sur le CPU ; CPU n'utilise que le CPU. Le journal indique le périphérique.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="156"/>
            <source>Model width</source>
            <translation>Largeur du modèle</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="157"/>
            <source>Channels of the U-Net's first level, doubled at every level below (Pixelwise addition). 16 trains in seconds to minutes on a CPU; 32 or 64 learn more and need a GPU.</source>
            <translation>Canaux du premier niveau du U-Net, doublés à chaque niveau inférieur (ajout de Pixelwise). 16 s'entraîne en quelques secondes à quelques minutes sur un CPU ; 32 ou 64 apprennent davantage et nécessitent un GPU.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="161"/>
            <source>Model depth</source>
            <translation>Profondeur du modèle</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="162"/>
            <source>Down-samplings of the U-Net (Pixelwise addition): its view grows with 2^depth. The chips must be at least 2^depth pixels wide and high.</source>
            <translation>Sous-échantillonnages du U-Net (ajout de Pixelwise) : son champ de vision croît en 2^depth. Les imagettes doivent mesurer au moins 2^depth pixels en largeur et en hauteur.</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="164"/>
            <source>Model definition (.emd)</source>
            <translation>Définition du modèle (.emd)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="165"/>
            <source>Deep learning package (.dlpk)</source>
            <translation>Paquet d'apprentissage profond (.dlpk)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="166"/>
            <source>Training report (PNG)</source>
            <translation>Rapport d'entraînement (PNG)</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="167"/>
            <source>Best validation IoU</source>
            <translation>Meilleur IoU de validation</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="168"/>
            <source>Epochs run</source>
            <translation>Époques exécutées</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="249"/>
            <source>Epoch</source>
            <translation>Époque</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="287"/>
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="288"/>
            <source>training</source>
            <translation>entraînement</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="289"/>
            <source>validation</source>
            <translation>validation</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="290"/>
            <source>Cross-entropy per labelled pixel</source>
            <translation>Entropie croisée par pixel étiqueté</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="291"/>
            <source>Validation mean IoU</source>
            <translation>IoU moyen de validation</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="292"/>
            <source>validation IoU</source>
            <translation>IoU de validation</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="292"/>
            <source>IoU</source>
            <translation>IoU</translation>
        </message>
        <message>
            <location filename="../processing_provider/train_pixel_classifier.py" line="293"/>
            <source>best: epoch {epoch}, {iou:.3f}</source>
            <translation>meilleure : époque {epoch}, {iou:.3f}</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="60"/>
            <source>the model definition cannot be read</source>
            <translation>la définition du modèle est illisible</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="161"/>
            <source>open (ARGUMENTS tile_size)</source>
            <translation>libre (tile_size dans ARGUMENTS)</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="166"/>
            <source>model input channels, raster bands in order</source>
            <translation>canaux d'entrée du modèle, bandes du raster dans l'ordre</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="168"/>
            <source>the raster's bands in order</source>
            <translation>les bandes du raster dans l'ordre</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="169"/>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="170"/>
            <source>Framework</source>
            <translation>Framework</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="171"/>
            <source>Input size</source>
            <translation>Taille d'entrée</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="172"/>
            <source>Bands</source>
            <translation>Bandes</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="177"/>
            <location filename="../plugin/widgets/model_card.py" line="179"/>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="179"/>
            <source>one per output channel, named by its index</source>
            <translation>une par canal de sortie, nommée d'après son indice</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/model_card.py" line="181"/>
            <location filename="../plugin/widgets/model_card.py" line="183"/>
            <source>Argument defaults</source>
            <translation>Arguments par défaut</translation>
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
            <translation>Taille des tuiles</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="47"/>
            <source>Stride</source>
            <translation>Pas</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="61"/>
            <source>While locked, Y is kept equal to X</source>
            <translation>Tant que le verrou est fermé, Y reste égal à X</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="69"/>
            <source>Show the chip grid on the map</source>
            <translation>Afficher la grille des tuiles sur la carte</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="122"/>
            <source>Tile size and stride</source>
            <translation>Taille des tuiles et pas</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="210"/>
            <source>Overlap: X {x:.1f} %, Y {y:.1f} %</source>
            <translation>Recouvrement : X {x:.1f} %, Y {y:.1f} %</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="220"/>
            <source>Chips: choose an input raster (and an extent that overlaps it) to count them.</source>
            <translation>Tuiles : choisissez un raster en entrée (et une emprise qui le recoupe) pour les compter.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="223"/>
            <source>{format} cuts one chip per feature, not this grid.</source>
            <translation>{format} découpe une tuile par entité, pas cette grille.</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="243"/>
            <source>{count} chips ({cols} × {rows} grid cells) over {width} × {height} pixels</source>
            <translation>{count} tuiles ({cols} × {rows} cellules de grille) sur {width} × {height} pixels</translation>
        </message>
        <message>
            <location filename="../plugin/widgets/tile_stride.py" line="248"/>
            <source>The map shows the first {limit} chips.</source>
            <translation>La carte montre les {limit} premières tuiles.</translation>
        </message>
    </context>
</TS>
