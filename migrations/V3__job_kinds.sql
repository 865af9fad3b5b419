-- Jobs run more than analysis runs: imports of user files and network trainings are
-- jobs too, with their parameters as JSON and a reference to what they produced.
ALTER TABLE job ADD COLUMN kind VARCHAR(20) DEFAULT 'RUN' NOT NULL;
ALTER TABLE job ADD COLUMN title VARCHAR(300);
ALTER TABLE job ADD COLUMN params_json CLOB;
ALTER TABLE job ADD COLUMN produced VARCHAR(300);
ALTER TABLE job ALTER COLUMN run_id SET NULL;
