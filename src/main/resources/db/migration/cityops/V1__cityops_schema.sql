create schema if not exists cityops;
