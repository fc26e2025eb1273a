package kz.etalon.cli;

/** The languages a standard's names are written in. */
enum Language { en, ru, kk }
