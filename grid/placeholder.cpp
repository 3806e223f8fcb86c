namespace dd::grid {}
