/**
 * Payload's German admin texts that do not fit every noun: "<Kein {{label}}>" reads
 * "<Kein Funktion>" for a feminine label, "Kein {{label}} im Papierkorb" "Kein Netzwerke im
 * Papierkorb". These say the same without an article that must agree with the label.
 */
export const ADMIN_WORDING = {
  de: {
    general: {
      noLabel: '<ohne {{label}}>',
      noResults:
        'Nichts gefunden ({{label}}): Entweder gibt es noch keine Einträge, oder keiner passt zu den gewählten Filtern.',
      noTrashResults: 'Der Papierkorb ist leer ({{label}}).',
    },
    version: {
      noRowsFound: 'Nichts gefunden ({{label}}).',
      noRowsSelected: 'Nichts ausgewählt ({{label}}).',
    },
    validation: { fieldHasNo: 'Dieses Feld hat keinen Eintrag für {{label}}.' },
  },
}
