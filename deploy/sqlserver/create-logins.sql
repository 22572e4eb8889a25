-- The database and the two logins of docker-compose.yml (docs/operations.md, "SQL Server logins"). Run as sa by the
-- compose file's db-init service on every start; it creates only what is missing and changes nothing that exists.
-- sqlcmd takes $(SQL_MIGRATOR_PASSWORD) and $(SQL_APP_PASSWORD) from the environment (no single quote in either).
--   tc_migrator: owns the database; used only by the one-off "migrate" service, which applies the migrations.
--   tc_app:      reads and writes rows (db_datareader, db_datawriter); cannot create, alter or drop anything.
IF DB_ID(N'TraffickingCare') IS NULL
    CREATE DATABASE [TraffickingCare];
GO

IF SUSER_ID(N'tc_migrator') IS NULL
    CREATE LOGIN [tc_migrator] WITH PASSWORD = N'$(SQL_MIGRATOR_PASSWORD)', CHECK_POLICY = ON, DEFAULT_DATABASE = [TraffickingCare];
IF SUSER_ID(N'tc_app') IS NULL
    CREATE LOGIN [tc_app] WITH PASSWORD = N'$(SQL_APP_PASSWORD)', CHECK_POLICY = ON, DEFAULT_DATABASE = [TraffickingCare];
GO

USE [TraffickingCare];
GO

IF USER_ID(N'tc_migrator') IS NULL
    CREATE USER [tc_migrator] FOR LOGIN [tc_migrator];
IF IS_ROLEMEMBER(N'db_owner', N'tc_migrator') = 0
    ALTER ROLE [db_owner] ADD MEMBER [tc_migrator];

IF USER_ID(N'tc_app') IS NULL
    CREATE USER [tc_app] FOR LOGIN [tc_app];
IF IS_ROLEMEMBER(N'db_datareader', N'tc_app') = 0
    ALTER ROLE [db_datareader] ADD MEMBER [tc_app];
IF IS_ROLEMEMBER(N'db_datawriter', N'tc_app') = 0
    ALTER ROLE [db_datawriter] ADD MEMBER [tc_app];
GO
