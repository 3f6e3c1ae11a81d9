"""The only SQL of the program, in small modules per table family."""
