import sys
from osgeo import ogr, gdal
ds = ogr.GetDriverByName("GPKG").CreateDataSource("/tmp/i16x/nocrs.gpkg")
lyr = ds.CreateLayer("plan", None, ogr.wkbPolygon)
f = ogr.Feature(lyr.GetLayerDefn()); f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((600000 6600000,600100 6600000,600100 6600100,600000 6600000))")); lyr.CreateFeature(f)
lyr2 = ds.CreateLayer("curve", None, ogr.wkbCurvePolygon)
f = ogr.Feature(lyr2.GetLayerDefn()); f.SetGeometry(ogr.CreateGeometryFromWkt("CURVEPOLYGON(CIRCULARSTRING(600000 6600000,600100 6600100,600200 6600000,600100 6599900,600000 6600000))")); lyr2.CreateFeature(f)
ds = None
import sqlite3; print(sqlite3.connect("/tmp/i16x/nocrs.gpkg").execute("select table_name, srs_id from gpkg_contents").fetchall())
from qgis.core import QgsApplication, QgsVectorLayer, QgsCoordinateReferenceSystem
app = QgsApplication([], False); app.initQgis()
l = QgsVectorLayer("/tmp/i16x/nocrs.gpkg|layername=plan", "p", "ogr")
print(l.crs().isValid(), l.crs().authid(), l.crs().isGeographic(), l.extent().toString(), l.crs().toWkt()[:100])
t = QgsCoordinateReferenceSystem("EPSG:3006"); print(t.bounds().toString())
