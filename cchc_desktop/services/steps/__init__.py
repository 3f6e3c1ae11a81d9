"""How each kind of edit step is applied, one module per family, registered with the engine
(services/edits.py) by step type and, for field edits and evidence links, by entity."""
