/*
 * The Teams test host: the script of the page that plays the Teams web client around our tab.
 * Plain browser JavaScript, inlined into the host page by host.ts (no bundler, no imports).
 *
 * It answers teams-js's postMessage protocol the way Teams does (and teams-js's own tests fake):
 *   app  → host: { id, uuidAsString, func, args, timestamp, apiVersionTag, … }
 *   host → app:  { id, uuidAsString, args }      an answer, matched by uuid (else by id)
 *   host → app:  { func, args }                   an event, e.g. { func: 'themeChange', args: ['dark'] }
 * Only messages from the tab's own iframe and origin are handled; answers go back to that
 * origin only. Tests drive it through `window.teamsHost` (see host.ts).
 */
(function teamsTestHost() {
  'use strict';

  /** @type {{ appUrl: string, frameContext: string, hostClientType: string, runtime: object,
   *           clientSupportedSDKVersion: string, context: Record<string, unknown>,
   *           answers: Record<string, unknown[]> }} */
  var config = JSON.parse(document.getElementById('teams-host-config').textContent);
  var frame = document.getElementById('teams-app-frame');
  var appOrigin = new URL(config.appUrl).origin;
  var theme = config.context.theme;
  /** Every request the app sent, in order: { func, args, id, uuid, at } (at: ms since page start). */
  var requests = [];
  /** Host events the app registered for ("themeChange", "load", …). */
  var registered = [];
  var loadedAt = null;
  var successAt = null;
  /** The URL the app last shared to the meeting stage (null: nothing shared). */
  var stageUrl = null;

  function jsonSafe(value) {
    try {
      return JSON.parse(JSON.stringify(value === undefined ? null : value));
    } catch (error) {
      return String(value);
    }
  }

  function currentContext() {
    var context = {};
    for (var key in config.context) context[key] = config.context[key];
    context.theme = theme;
    return context;
  }

  /** What Teams answers per call; a function gets the request's args. */
  var answers = {
    initialize: function () {
      return [config.frameContext, config.hostClientType, JSON.stringify(config.runtime), config.clientSupportedSDKVersion];
    },
    getContext: function () {
      return [currentContext()];
    },
    registerHandler: function (args) {
      registered.push(String(args[0]));
      return [];
    },
    'appInitialization.appLoaded': function () {
      loadedAt = performance.now();
      return [];
    },
    'appInitialization.success': function () {
      successAt = performance.now();
      return [];
    },
    'appInitialization.failure': function () {
      return [];
    },
    'appInitialization.expectedFailure': function () {
      return [];
    },
    'settings.setValidityState': function () {
      return [];
    },
    'settings.setSettings': function () {
      return [true];
    },
    'settings.getSettings': function () {
      return [{ entityId: 'driehoek', contentUrl: config.appUrl, suggestedDisplayName: 'Driehoek' }];
    },
    'meeting.getAppContentStageSharingCapabilities': function () {
      return [null, { doesAppHaveSharePermission: true }];
    },
    'meeting.getAppContentStageSharingState': function () {
      return [null, { isAppSharing: stageUrl !== null }];
    },
    // Teams loads the shared URL on everyone's stage; tests open it with frameContext meetingStage.
    'meeting.shareAppContentToStage': function (args) {
      stageUrl = String(args[0]);
      return [null, true];
    },
  };

  function post(message) {
    if (frame.contentWindow) frame.contentWindow.postMessage(message, appOrigin);
  }

  window.addEventListener('message', function (event) {
    // Like Teams: only the tab's own frame, only from the origin it was loaded from.
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.func !== 'string') return;
    requests.push({
      func: data.func,
      args: jsonSafe(data.args || []),
      id: data.id,
      uuid: data.uuidAsString,
      at: Math.round(performance.now()),
    });
    var args;
    if (Object.prototype.hasOwnProperty.call(config.answers, data.func)) args = config.answers[data.func];
    else if (Object.prototype.hasOwnProperty.call(answers, data.func)) args = answers[data.func](data.args || []);
    // Anything else gets an empty answer: resolves a waiting promise with nothing, and is
    // ignored by teams-js when nothing waits (fire-and-forget calls).
    else args = [];
    event.source.postMessage({ id: data.id, uuidAsString: data.uuidAsString, args: args }, event.origin);
  });

  window.teamsHost = {
    /** Switches Teams' theme: the context changes and the app gets a themeChange event. */
    setTheme: function (next) {
      theme = next;
      post({ func: 'themeChange', args: [next] });
    },
    /** Sends any host event, e.g. emit('settings.save', [{}]). */
    emit: function (func, args) {
      post({ func: func, args: args || [] });
    },
    calls: function () {
      return requests.map(function (r) {
        return r.func;
      });
    },
    requests: function () {
      return jsonSafe(requests);
    },
    registered: function () {
      return registered.slice();
    },
    theme: function () {
      return theme;
    },
    /** ms since the host page started when the app called notifySuccess (null: not yet). */
    successAt: function () {
      return successAt === null ? null : Math.round(successAt);
    },
    stageUrl: function () {
      return stageUrl;
    },
    appLoadedAt: function () {
      return loadedAt === null ? null : Math.round(loadedAt);
    },
  };
})();
