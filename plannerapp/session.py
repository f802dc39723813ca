"""The Qt-free application facade (to be grown by the projects issue).

Owns what is open (a city or a project), the active scheme, the selection and
the command stack; the Qt main window wraps it and adds no business logic.
"""
