"""Viewport editing tools and the Edit actions.

* :mod:`.input` - the event filter on the 3D view that hands mouse and key
  events to the active tool (Qt pixels -> VTK display pixels);
* :mod:`.select` - click / shift-click / Ctrl-drag box selection and moving
  the selection by dragging it on the ground;
* :mod:`.draw` - drawing a new footprint with snapping and a rubber band;
* :mod:`.dialogs` - typed move offsets and rotation angles;
* :mod:`.edit_actions` - Undo/Redo, Delete, Duplicate, Move, Rotate,
  Demolish/Restore, Draw as QActions with shortcuts.
"""
