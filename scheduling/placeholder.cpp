namespace dd::scheduling {}
