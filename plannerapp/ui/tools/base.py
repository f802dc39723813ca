"""The tool interface: a tool gets the 3D view's mouse and key events (VTK display pixels)."""

from __future__ import annotations


class Tool:
    """Default: use nothing (the camera and the viewer's picking get every event)."""

    name = "tool"

    def __init__(self, controller):
        self.ctl = controller

    @property
    def session(self):
        return self.ctl.session

    @property
    def view(self):
        return self.ctl.window.viewport.view

    @property
    def plotter(self):
        return self.ctl.window.viewport.plotter

    def activate(self) -> None:
        pass

    def deactivate(self) -> None:
        pass

    def press(self, ev, x, y) -> bool:
        return False

    def move(self, ev, x, y) -> bool:
        return False

    def release(self, ev, x, y) -> bool:
        return False

    def wants_key(self, ev) -> bool:
        return False

    def key(self, ev) -> bool:
        return False
