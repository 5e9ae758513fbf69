-- The edition of the standard each stored assessment was made against (a client moving to ISO/IEC 27001:2022 has
-- assessments of both editions in its history). Assessments stored before there was a second edition were 2005 ones.
ALTER TABLE assessment ADD COLUMN edition VARCHAR(40) DEFAULT 'iso27001-2005' NOT NULL;
