"""Writes the small Parquet files the ingest tests read, with pyarrow as an independent writer.

Made with: python 3.11.7, pyarrow 25.0.1, in a scratch virtual environment:
    python make_pyarrow_files.py    (in this directory)
The tests hard-code the values written here; rerunning gives the same values (the footer's
created_by names the pyarrow version).

Files (four events each):
  pyarrow-nanoaod.parquet   NanoAOD names, pyarrow's defaults (nullable columns without nulls,
                            dictionary pages), one codec per column: ZSTD, SNAPPY, GZIP, LZ4_RAW,
                            none; data page version 2
  pyarrow-records.parquet   awkward's record layout: Muon as list<struct<pt, eta, phi, charge>>,
                            MET as struct<pt, phi>, no count columns
  pyarrow-nulls.parquet     MET_pt null in event 2 (counting from 0)
  pyarrow-null-element.parquet  a null muon p_T in event 1
  pyarrow-float-charge.parquet  Muon_charge stored as float
  pyarrow-brotli.parquet    BROTLI pages, which the importer does not decode
"""
import pyarrow as pa
import pyarrow.parquet as pq

MUON_PT = [[31.5, 20.25], [], [45.0], [12.5, 11.0, 10.5]]
MUON_ETA = [[0.5, -1.25], [], [2.0], [0.125, -0.25, 1.5]]
MUON_PHI = [[1.0, -2.0], [], [3.0], [0.5, -0.5, 0.25]]
MUON_CHARGE = [[1, -1], [], [-1], [1, 1, -1]]
MUON_TIGHT = [[True, False], [], [True], [True, True, False]]
MET_PT = [50.5, 12.0, 0.0, 99.75]
MET_PHI = [0.5, -3.0, 0.0, 2.5]
GEN_WEIGHT = [1.0, -1.0, 2.0, 0.5]


def nanoaod_table(charge_type=pa.int32()):
    return pa.table({
        "run": pa.array([1, 1, 1, 1], pa.uint32()),
        "genWeight": pa.array(GEN_WEIGHT, pa.float32()),
        "MET_pt": pa.array(MET_PT, pa.float32()),
        "MET_phi": pa.array(MET_PHI, pa.float32()),
        "nMuon": pa.array([len(m) for m in MUON_PT], pa.uint32()),
        "Muon_pt": pa.array(MUON_PT, pa.list_(pa.float32())),
        "Muon_eta": pa.array(MUON_ETA, pa.list_(pa.float32())),
        "Muon_phi": pa.array(MUON_PHI, pa.list_(pa.float32())),
        "Muon_charge": pa.array(MUON_CHARGE, pa.list_(charge_type)),
        "Muon_tightId": pa.array(MUON_TIGHT, pa.list_(pa.bool_())),
        "Muon_pfRelIso04_all": pa.array([[0.01, 0.5], [], [0.1], [0.0, 0.2, 0.14]], pa.list_(pa.float32())),
    })


def records_table():
    muons = [[{"pt": p, "eta": e, "phi": f, "charge": c} for p, e, f, c in zip(*m)]
             for m in zip(MUON_PT, MUON_ETA, MUON_PHI, MUON_CHARGE)]
    muon_type = pa.list_(pa.struct([("pt", pa.float32()), ("eta", pa.float32()), ("phi", pa.float32()),
                                    ("charge", pa.int32())]))
    met = [{"pt": p, "phi": f} for p, f in zip(MET_PT, MET_PHI)]
    return pa.table({
        "Muon": pa.array(muons, muon_type),
        "MET": pa.array(met, pa.struct([("pt", pa.float32()), ("phi", pa.float32())])),
    })


def main():
    codecs = {"genWeight": "zstd", "MET_pt": "snappy", "MET_phi": "gzip", "nMuon": "lz4_raw",
              "Muon_pt.list.element": "none", "Muon_eta.list.element": "zstd", "Muon_phi.list.element": "snappy",
              "Muon_charge.list.element": "gzip", "Muon_tightId.list.element": "lz4_raw",
              "Muon_pfRelIso04_all.list.element": "zstd", "run": "zstd"}
    pq.write_table(nanoaod_table(), "pyarrow-nanoaod.parquet", compression=codecs, data_page_version="2.0")
    pq.write_table(records_table(), "pyarrow-records.parquet", compression="zstd")

    nulls = nanoaod_table().set_column(2, "MET_pt", pa.array([50.5, 12.0, None, 99.75], pa.float32()))
    pq.write_table(nulls, "pyarrow-nulls.parquet", compression="zstd")
    pt = pa.array([[31.5, 20.25], [None], [45.0], [12.5, 11.0, 10.5]], pa.list_(pa.float32()))
    null_element = nanoaod_table().set_column(5, "Muon_pt", pt)
    pq.write_table(null_element, "pyarrow-null-element.parquet", compression="zstd")
    pq.write_table(nanoaod_table(pa.float32()), "pyarrow-float-charge.parquet", compression="zstd")
    pq.write_table(nanoaod_table(), "pyarrow-brotli.parquet", compression="brotli")


if __name__ == "__main__":
    main()
