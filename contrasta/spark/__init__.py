"""The ingest and dedup stages at scale: the same stage code, run under Apache Spark.

Each stage (`stages.py`) is a function from one Arrow record batch to another that calls
the single-machine code (readers, cleaner, `prepare`, shingles, rensa), so a process pool
and Spark's `mapInArrow` run it unchanged and the results match `contrasta analyze`. What
only a cluster needs, the band-bucket GROUP BY, the exact confirmation and the connected
components, is written out as DataFrame steps in `graph.py`; `job.py` reads the input and
writes Parquet, and `load.py` brings that Parquet into a store, which needs no Spark.
"""

from contrasta.i18n import N_

PYSPARK_HINT = N_("install the extra: pip install 'contrasta[spark]' (it also needs Java 17)")
