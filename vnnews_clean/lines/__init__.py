"""Line facts and labels: what each line of a document is, decided before anything is dropped.

- :mod:`.labels`: the label vocabulary and the keep/drop :class:`~.labels.Policy`;
- :mod:`.article`: the labels of the lines no step took for furniture (title, lead, body, …).
"""
