"""The colour-by combo box (toolbar): height, use, floors, surface, attributes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from plannerapp.scene.colouring import ATTR_PREFIX, categorical_attribute_names, numeric_attribute_names


class ColourByCombo(QComboBox):
    """Emits ``keyChanged(key)`` with a key of :mod:`plannerapp.scene.colouring`."""

    keyChanged = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("colourByCombo")
        self.setToolTip(self.tr("Colour buildings by"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.set_attribute_names([], [])
        self.currentIndexChanged.connect(self._emit)

    def _builtin(self):
        return [
            ("height", self.tr("Height")),
            ("top_z", self.tr("Roof level")),
            ("floors", self.tr("Floors")),
            ("use", self.tr("Use")),
            ("surface", self.tr("Roof / wall")),
            ("none", self.tr("Plain")),
        ]

    def set_attribute_names(self, numeric: list[str], categorical: list[str]) -> None:
        current = self.current_key()
        self.blockSignals(True)
        self.clear()
        for key, label in self._builtin():
            self.addItem(label, key)
        if numeric or categorical:
            self.insertSeparator(self.count())
        for name in numeric + [c for c in categorical if c not in numeric]:
            self.addItem(self.tr("Attribute: {name}").format(name=name), ATTR_PREFIX + name)
        self.blockSignals(False)
        if current:
            self.set_key(current, emit=False)

    def update_for_city(self, city) -> None:
        bs = city.buildings
        self.set_attribute_names(numeric_attribute_names(bs), categorical_attribute_names(bs))

    def current_key(self) -> str | None:
        return self.currentData()

    def keys(self) -> list[str]:
        return [self.itemData(i) for i in range(self.count()) if self.itemData(i)]

    def set_key(self, key: str, emit: bool = True) -> bool:
        i = self.findData(key)
        if i < 0:
            return False
        self.blockSignals(not emit)
        self.setCurrentIndex(i)
        self.blockSignals(False)
        return True

    def _emit(self, _index):
        key = self.current_key()
        if key:
            self.keyChanged.emit(key)
