create schema if not exists platform;
