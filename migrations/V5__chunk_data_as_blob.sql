-- Column chunks are megabytes each. Held inline as VARBINARY they live in the table's B-tree leaf
-- pages, and every insert rewrote its neighbours' values with the page: the first start's database
-- grew to about 3.6 times its content. As BLOBs they are stored once, outside the pages.
ALTER TABLE chunk_column ALTER COLUMN data SET DATA TYPE BLOB;
